namespace Anyvc.Backends.Memory;

/// <summary>A node of an immutable tree. Nodes are shared between revisions, so a commit copies only the changed paths.</summary>
internal abstract class TreeNode(byte[] hash)
{
    /// <summary>SHA-1 of the node's canonical encoding: equal hashes mean equal content at any depth.</summary>
    public byte[] Hash { get; } = hash;

    /// <summary>File, symbolic link or directory.</summary>
    public abstract EntryKind Kind { get; }

    /// <summary>The hash computed again from the content as it is now (and its children's, recursively).</summary>
    public abstract byte[] Recompute();

    /// <summary>True when both nodes hold the same content.</summary>
    public bool SameContentAs(TreeNode other) => Hash.AsSpan().SequenceEqual(other.Hash);
}
