using Anyvc.Host.Diffs;
using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// Serves <c>rev.last-changed</c> the same way for every backend: walking the revision's history newest first (the
/// log's order), the first revision whose changes against its first parent touch an entry is that entry's last
/// change; a directory also changes where it appears (an empty directory has no files to change). One walk for the
/// whole directory, which stops once every entry is placed.
/// </summary>
internal static class LastChanges
{
    public static IReadOnlyList<NamedRevision> Of(RepositoryState repository, BackendInfo info, RevisionPathRequest request, string directory)
    {
        var id = repository.Vcs.Resolve(request.Revision);
        var where = TreeRef.OfRevision(id);
        var entries = PathKinds.List(repository.Tree(id), where, directory);
        var pending = entries.ToDictionary(entry => RepoPathSyntax.Join(directory, entry.Name), entry => entry.Name, StringComparer.Ordinal);
        var directories = entries.Where(entry => entry.Kind == EntryKind.Directory).Select(entry => RepoPathSyntax.Join(directory, entry.Name)).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var walk = new LogWalk(repository, info, new LogQuery { From = [id] }, null);
        while (pending.Count > 0 && walk.Next(64) is { Count: > 0 } page)
            foreach (var revision in page)
            {
                var parent = RevisionDiff.FirstParent(repository, revision);
                var changed = RevisionDiff.ChangedFiles(repository, parent, revision, []);
                bool Appeared(string path) => directories.Contains(path)
                    && (parent is null || repository.Tree(parent).Stat(path) != EntryKind.Directory) && repository.Tree(revision).Stat(path) == EntryKind.Directory;
                foreach (var (path, name) in pending.Where(entry => Appeared(entry.Key) || changed.Any(file => file == entry.Key || file.StartsWith(entry.Key + "/", StringComparison.Ordinal))).ToList())
                {
                    found[name] = revision;
                    pending.Remove(path);
                }
                if (pending.Count == 0)
                    break;
            }
        if (pending.Count > 0)
            throw new AnyvcException($"the history of {where} never changed {string.Join(", ", pending.Keys)}: the {info.Name} backend's changed files disagree with its trees");
        return entries.Select(entry => new NamedRevision(entry.Name, found[entry.Name])).ToList();
    }
}
