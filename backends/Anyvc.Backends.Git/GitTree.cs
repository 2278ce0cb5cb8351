using Anyvc.Host;
using LibGit2Sharp;
using TreeEntry = Anyvc.Wire.TreeEntry;

namespace Anyvc.Backends.Git;

/// <summary>A commit's tree, read straight from the object database.</summary>
internal sealed class GitTree(Tree root, string revision) : IVcsTree
{
    public EntryKind Stat(string path)
    {
        if (path.Length == 0)
            return EntryKind.Directory;
        return root[path]?.TargetType switch
        {
            TreeEntryTargetType.Blob => EntryKind.File,
            TreeEntryTargetType.Tree => EntryKind.Directory,
            _ => EntryKind.None,
        };
    }

    public IReadOnlyList<TreeEntry> List(string path)
    {
        var tree = path.Length == 0 ? root : root[path]?.Target as Tree
            ?? throw new NotFoundException($"'{path}' is not a directory in revision {revision}");
        return tree.Where(e => e.TargetType is TreeEntryTargetType.Blob or TreeEntryTargetType.Tree)
            .Select(e => e.Target is Blob blob ? new TreeEntry(e.Name, EntryKind.File, blob.Size) : new TreeEntry(e.Name, EntryKind.Directory, null))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    public Stream OpenRead(string path) => (path.Length == 0 ? null : root[path]?.Target as Blob)?.GetContentStream()
        ?? throw new NotFoundException($"'{path}' is not a file in revision {revision}");
}
