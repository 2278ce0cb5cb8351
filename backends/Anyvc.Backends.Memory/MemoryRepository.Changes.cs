namespace Anyvc.Backends.Memory;

/// <summary>What a revision changed against its first parent: files and renames.</summary>
public sealed partial class MemoryRepository
{
    /// <inheritdoc />
    public IReadOnlyList<string> ChangedFiles(string id) => ChangesToFirstParent(id).Select(change => change.Path).ToList();

    /// <inheritdoc />
    /// <exception cref="NotFoundException">No revision has this full id.</exception>
    public IReadOnlyList<Rename> Renames(string id) => Revision(id).Renames;

    private IReadOnlyList<ChangedFile> ChangesToFirstParent(string id)
    {
        var revision = Revision(id);
        var parent = revision.Parents.Count == 0 ? null : Revision(revision.Parents[0]).Root;
        return TreeComparison.ChangedFiles(parent, revision.Root);
    }
}
