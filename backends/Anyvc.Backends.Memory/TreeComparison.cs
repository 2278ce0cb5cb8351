namespace Anyvc.Backends.Memory;

/// <summary>The files that differ between two trees; subtrees with equal hashes are skipped whole.</summary>
internal static class TreeComparison
{
    /// <summary>Files added, removed or changed from <paramref name="before"/> (null: nothing) to <paramref name="after"/>, sorted ordinally by path.</summary>
    public static IReadOnlyList<ChangedFile> ChangedFiles(DirectoryNode? before, DirectoryNode after)
    {
        var changes = new List<ChangedFile>();
        Compare("", before ?? DirectoryNode.Empty, after, changes);
        // A walk visits "a/x" before "a.txt"; paths are ordered as whole strings.
        changes.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return changes;
    }

    private static void Compare(string path, TreeNode? before, TreeNode? after, List<ChangedFile> changes)
    {
        if (before is not null && after is not null && before.SameContentAs(after))
            return;
        if (before is FileNode || after is FileNode)
            changes.Add(new ChangedFile(path, before as FileNode, after as FileNode));
        var beforeEntries = (before as DirectoryNode)?.Children;
        var afterEntries = (after as DirectoryNode)?.Children;
        var names = (beforeEntries?.Keys ?? []).Union(afterEntries?.Keys ?? [], StringComparer.Ordinal);
        foreach (var name in names)
            Compare(path.Length == 0 ? name : path + "/" + name, beforeEntries?.GetValueOrDefault(name), afterEntries?.GetValueOrDefault(name), changes);
    }
}
