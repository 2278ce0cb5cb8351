using Anyvc.Host.Diffs;

namespace Anyvc.Host;

/// <summary>
/// What a revision did to each path, the same way for every backend: the changed files against the first parent,
/// placed by which tree holds them, the backend's recorded renames (where it records them) joining a removal and an
/// addition into one rename, and its recorded copies marking an addition as a copy.
/// </summary>
internal static class ChangeKinds
{
    public static IReadOnlyList<Change> Of(RepositoryState repository, BackendInfo info, string id)
    {
        var parent = RevisionDiff.FirstParent(repository, id);
        var before = parent is null ? null : repository.Tree(parent);
        var after = repository.Tree(id);
        var changes = repository.Vcs.ChangedFiles(parent, id).ToDictionary(path => path, path =>
            (Leaf(before?.Stat(path)), Leaf(after.Stat(path))) switch
            {
                ({ } old, { } now) when old != now => new Change(path, ChangeKind.TypeChanged),
                ({ }, { }) => new Change(path, ChangeKind.Modified),
                (null, { }) => new Change(path, ChangeKind.Added),
                _ => new Change(path, ChangeKind.Removed),
            }, StringComparer.Ordinal);
        if (info.Supports(Feature.Renames) && repository.Vcs is IVcsRenames recorded)
        {
            foreach (var rename in recorded.Renames(id))
            {
                changes.Remove(rename.From);
                changes[rename.To] = new Change(rename.To, ChangeKind.Renamed, rename.From);
            }
        }
        if (info.Supports(Feature.Copies) && repository.Vcs is IVcsCopies copies)
            foreach (var copy in copies.Copies(id))
                changes[copy.To] = new Change(copy.To, ChangeKind.Copied, copy.From);
        return changes.Values.OrderBy(change => change.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>A file or link's kind, null for anything else: what a changed path is on one side.</summary>
    private static EntryKind? Leaf(EntryKind? kind) => kind is EntryKind.File or EntryKind.Symlink ? kind : null;
}
