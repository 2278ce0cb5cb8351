namespace Anyvc.Backends.Memory;

/// <summary>What a revision changed against its first parent: files, a git-style diff, renames.</summary>
public sealed partial class MemoryRepository
{
    /// <inheritdoc />
    public IReadOnlyList<string> ChangedFiles(string id) => ChangesToFirstParent(id).Select(change => change.Path).ToList();

    /// <summary>
    /// The changes as <c>git diff --no-renames</c> prints them, without <c>index</c> lines; a rename shows as the
    /// removal of one path and the addition of another.
    /// </summary>
    public string Diff(string id) => GitDiff.Format(ChangesToFirstParent(id));

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
