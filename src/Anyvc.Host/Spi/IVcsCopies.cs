namespace Anyvc.Host;

/// <summary>Capability of <see cref="Feature.Copies"/>: the repository records copies with their source.</summary>
public interface IVcsCopies
{
    /// <summary>
    /// Every file revision <paramref name="id"/> copied: recorded with its source (<see cref="FileChange.CopiedFrom"/>)
    /// whose source is still a file in the revision; one entry per file, also inside a copied directory, sorted by
    /// <see cref="Rename.To"/>.
    /// </summary>
    IReadOnlyList<Rename> Copies(string id);
}
