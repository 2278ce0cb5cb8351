using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Memory;

/// <summary>A revision's tree, read straight from its immutable nodes.</summary>
internal sealed class MemoryTree(DirectoryNode root, string revision) : IVcsTree
{
    public EntryKind Stat(string path) => root.Find(path)?.Kind ?? EntryKind.None;

    public IReadOnlyList<TreeEntry> List(string path) => root.Find(path) is DirectoryNode directory
        ? directory.Children.Select(entry => new TreeEntry(entry.Key, entry.Value.Kind, (entry.Value as FileNode)?.Content.LongLength,
            entry.Value is FileNode { Executable: true })).ToList()
        : throw new NotFoundException($"'{path}' is not a directory in revision {revision}");

    public Stream OpenRead(string path) => root.Find(path) is FileNode file
        ? new MemoryStream(file.Content, writable: false)
        : throw new NotFoundException($"'{path}' is not a file in revision {revision}");
}
