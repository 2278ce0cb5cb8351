namespace Anyvc.Host.Diffs;

/// <summary>
/// A revision's diff against its first parent, made here from the backend's changed paths and both trees, so every
/// backend prints the same format (see <see cref="GitDiff"/>) and no backend has to write a diff of its own.
/// </summary>
internal static class RevisionDiff
{
    public static string Format(RepositoryState repository, string id)
    {
        var parents = repository.Vcs.Info(id).Parents;
        var before = parents.Count == 0 ? null : repository.Tree(parents[0]);
        var after = repository.Tree(id);
        var files = repository.Vcs.ChangedFiles(id)
            .Select(path => new DiffFile(path, FileOrNull(before, path), FileOrNull(after, path)))
            .Where(file => file.Before is not null || file.After is not null)
            .ToList();
        return GitDiff.Format(files);
    }

    private static byte[]? FileOrNull(IVcsTree? tree, string path)
    {
        if (tree is null || tree.Stat(path) != EntryKind.File)
            return null;
        using var stream = tree.OpenRead(path);
        var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }
}
