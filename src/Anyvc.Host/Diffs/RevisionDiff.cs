namespace Anyvc.Host.Diffs;

/// <summary>
/// Changed files and diffs between two revisions, made here from the backend's changed paths and both trees, so every
/// backend prints the same format (see <see cref="GitDiff"/>) and no backend has to write a diff of its own.
/// </summary>
internal static class RevisionDiff
{
    /// <summary>The first parent of <paramref name="id"/>, or null for a first revision: what its own changes are against.</summary>
    public static string? FirstParent(RepositoryState repository, string id) => repository.Vcs.Info(id).Parents is [var first, ..] ? first : null;

    /// <summary>The changed files from <paramref name="from"/> to <paramref name="to"/>, only under <paramref name="paths"/> when any.</summary>
    public static IReadOnlyList<string> ChangedFiles(RepositoryState repository, string? from, string to, IReadOnlyList<string> paths) =>
        repository.Vcs.ChangedFiles(from, to).Where(path => paths.Count == 0 || paths.Any(limit => Under(path, limit))).ToList();

    /// <summary>The diff from <paramref name="from"/> to <paramref name="to"/>, only under <paramref name="paths"/> when any.</summary>
    public static string Format(RepositoryState repository, string? from, string to, IReadOnlyList<string> paths)
    {
        var before = from is null ? null : repository.Tree(from);
        var after = repository.Tree(to);
        var files = ChangedFiles(repository, from, to, paths)
            .Select(path => new DiffFile(path, FileOrNull(before, path), FileOrNull(after, path)))
            .Where(file => file.Before is not null || file.After is not null)
            .ToList();
        return GitDiff.Format(files);
    }

    private static bool Under(string path, string limit) =>
        limit.Length == 0 || path == limit || (path.StartsWith(limit, StringComparison.Ordinal) && path[limit.Length] == '/');

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
