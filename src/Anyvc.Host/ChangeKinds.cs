using Anyvc.Host.Diffs;

namespace Anyvc.Host;

/// <summary>
/// What a revision did to each path, the same way for every backend: the changed files against the first parent,
/// placed by which tree holds them, and the backend's recorded renames (where it records them) joining a removal and
/// an addition into one rename.
/// </summary>
internal static class ChangeKinds
{
    public static IReadOnlyList<Change> Of(RepositoryState repository, BackendInfo info, string id)
    {
        var parent = RevisionDiff.FirstParent(repository, id);
        var before = parent is null ? null : repository.Tree(parent);
        var after = repository.Tree(id);
        var changes = repository.Vcs.ChangedFiles(parent, id).ToDictionary(path => path, path =>
            (before?.Stat(path) == EntryKind.File, after.Stat(path) == EntryKind.File) switch
            {
                (true, true) => new Change(path, ChangeKind.Modified),
                (false, true) => new Change(path, ChangeKind.Added),
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
        return changes.Values.OrderBy(change => change.Path, StringComparer.Ordinal).ToList();
    }
}
