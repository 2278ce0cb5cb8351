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
        var files = ChangedFiles(repository, from, to, paths).SelectMany(path => Sides(path, before, after)).ToList();
        return GitDiff.Format(files);
    }

    private static bool Under(string path, string limit) =>
        limit.Length == 0 || path == limit || (path.StartsWith(limit, StringComparison.Ordinal) && path[limit.Length] == '/');

    /// <summary>One diff of a path, or, as git prints a file that became a link or the reverse, a removal and an addition.</summary>
    private static IEnumerable<DiffFile> Sides(string path, IVcsTree? before, IVcsTree? after)
    {
        var (oldContent, oldMode) = FileOrNull(before, path);
        var (newContent, newMode) = FileOrNull(after, path);
        if (oldContent is not null && newContent is not null && (oldMode == DiffFile.Symlink) != (newMode == DiffFile.Symlink))
        {
            yield return new DiffFile(path, oldContent, null) { BeforeMode = oldMode };
            yield return new DiffFile(path, null, newContent) { AfterMode = newMode };
        }
        else if (oldContent is not null || newContent is not null)
            yield return new DiffFile(path, oldContent, newContent) { BeforeMode = oldMode, AfterMode = newMode };
    }

    private static (byte[]? Content, string Mode) FileOrNull(IVcsTree? tree, string path)
    {
        var kind = tree?.Stat(path) ?? EntryKind.None;
        if (kind is not (EntryKind.File or EntryKind.Symlink))
            return (null, DiffFile.Regular);
        using var stream = tree!.OpenRead(path);
        var content = new MemoryStream();
        stream.CopyTo(content);
        var mode = kind == EntryKind.Symlink ? DiffFile.Symlink : tree.IsExecutable(path) ? DiffFile.Executable : DiffFile.Regular;
        return (content.ToArray(), mode);
    }
}
