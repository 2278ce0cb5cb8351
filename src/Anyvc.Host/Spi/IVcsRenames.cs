namespace Anyvc.Host;

/// <summary>Capability of <see cref="Feature.Renames"/>: the repository records renames and lists them per revision.</summary>
public interface IVcsRenames
{
    /// <summary>
    /// Every file revision <paramref name="id"/> moved: recorded with its source path (<see cref="FileChange.CopiedFrom"/>
    /// when it was committed) whose source is no longer a file in the revision; one entry per file, also inside a moved
    /// directory, sorted by <see cref="Rename.To"/>.
    /// </summary>
    IReadOnlyList<Rename> Renames(string id);
}
