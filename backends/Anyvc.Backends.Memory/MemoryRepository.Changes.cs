using Anyvc.Host;

namespace Anyvc.Backends.Memory;

/// <summary>What changed between revisions: files, and the renames and copies a revision recorded.</summary>
public sealed partial class MemoryRepository : IVcsCopies
{
    /// <inheritdoc />
    public IReadOnlyList<string> ChangedFiles(string? from, string to) =>
        TreeComparison.ChangedFiles(from is null ? null : Revision(from).Root, Revision(to).Root).Select(change => change.Path).ToList();

    /// <inheritdoc />
    /// <exception cref="NotFoundException">No revision has this full id.</exception>
    public IReadOnlyList<Rename> Renames(string id) => Revision(id).Renames;

    /// <inheritdoc />
    /// <exception cref="NotFoundException">No revision has this full id.</exception>
    public IReadOnlyList<Rename> Copies(string id) => Revision(id).Copies;
}
