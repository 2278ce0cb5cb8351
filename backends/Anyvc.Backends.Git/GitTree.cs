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
        return root[path] is { } entry ? KindOf(entry) : EntryKind.None;
    }

    private static EntryKind KindOf(LibGit2Sharp.TreeEntry entry) => entry.Mode switch
    {
        Mode.SymbolicLink => EntryKind.Symlink,
        Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile => EntryKind.File,
        Mode.Directory => EntryKind.Directory,
        _ => EntryKind.None,
    };

    public IReadOnlyList<TreeEntry> List(string path)
    {
        var tree = path.Length == 0 ? root : root[path]?.Target as Tree
            ?? throw new NotFoundException($"'{path}' is not a directory in revision {revision}");
        return tree.Where(e => KindOf(e) != EntryKind.None)
            .Select(e => e.Target is Blob blob ? new TreeEntry(e.Name, KindOf(e), blob.Size, e.Mode == Mode.ExecutableFile) : new TreeEntry(e.Name, EntryKind.Directory, null))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    public Stream OpenRead(string path) => (path.Length == 0 ? null : root[path]?.Target as Blob)?.GetContentStream()
        ?? throw new NotFoundException($"'{path}' is not a file in revision {revision}");
}
