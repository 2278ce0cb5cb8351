using Anyvc.Wire;

namespace Anyvc;

/// <summary>What a <see cref="RepoPath"/> needs from the tree it belongs to: a revision's (read-only) or a transaction's.</summary>
internal interface ITreeAccess
{
    /// <summary>The connection the tree's commands go through.</summary>
    BackendConnection Connection { get; }

    /// <summary>The remote object the tree commands target: the repository for a revision, the transaction itself otherwise.</summary>
    long TargetId { get; }

    /// <summary>Which tree the commands read.</summary>
    TreeRef Tree { get; }

    /// <summary>True when the tree can be changed (a transaction's).</summary>
    bool IsWritable { get; }

    /// <summary>Names the tree in messages, e.g. <c>revision 1a2b3c</c>.</summary>
    string Describe();
}
