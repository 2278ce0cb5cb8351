using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Anyvc.Backends.Memory;

/// <summary>A directory: its entries sorted ordinally by name. Changing one returns a new directory.</summary>
internal sealed class DirectoryNode : TreeNode
{
    /// <summary>The directory without entries (the root of an empty repository, or a kept empty directory).</summary>
    public static readonly DirectoryNode Empty = new(ImmutableSortedDictionary.Create<string, TreeNode>(StringComparer.Ordinal));

    private DirectoryNode(ImmutableSortedDictionary<string, TreeNode> children) : base(HashOf(children)) => Children = children;

    /// <summary>The entries by name.</summary>
    public ImmutableSortedDictionary<string, TreeNode> Children { get; }

    public override EntryKind Kind => EntryKind.Directory;

    public override byte[] Recompute()
    {
        foreach (var (name, child) in Children)
            if (!child.Recompute().AsSpan().SequenceEqual(child.Hash))
                throw new InvalidOperationException($"the content of '{name}' no longer matches its hash");
        return HashOf(Children);
    }

    /// <summary>The node at a canonical path (<c>""</c> is this directory), or null.</summary>
    public TreeNode? Find(string path)
    {
        TreeNode? node = this;
        if (path.Length == 0)
            return node;
        foreach (var segment in path.Split('/'))
            node = (node as DirectoryNode)?.Children.GetValueOrDefault(segment);
        return node;
    }

    /// <summary>This tree with <paramref name="node"/> at <paramref name="path"/>, whose parent directory must exist.</summary>
    public DirectoryNode With(string path, TreeNode node) => Replace(path.Split('/'), 0, node);

    /// <summary>This tree without <paramref name="path"/>, which must exist.</summary>
    public DirectoryNode Without(string path) => Replace(path.Split('/'), 0, null);

    private DirectoryNode Replace(string[] segments, int depth, TreeNode? node)
    {
        var name = segments[depth];
        if (depth == segments.Length - 1)
            return new(node is null ? Children.Remove(name) : Children.SetItem(name, node));
        var child = Children.GetValueOrDefault(name) as DirectoryNode
            ?? throw new InvalidOperationException($"'{string.Join('/', segments[..(depth + 1)])}' is not a directory");
        return new(Children.SetItem(name, child.Replace(segments, depth + 1, node)));
    }

    /// <summary>Kind, name and hash of every entry. Names never contain NUL (repository paths cannot), so NUL ends a name.</summary>
    private static byte[] HashOf(ImmutableSortedDictionary<string, TreeNode> children)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData("tree\0"u8);
        foreach (var (name, child) in children)
        {
            sha.AppendData(child.Kind switch { EntryKind.File => "f "u8, EntryKind.Symlink => "l "u8, _ => "d "u8 });
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            sha.AppendData(child.Hash);
        }
        return sha.GetHashAndReset();
    }
}
