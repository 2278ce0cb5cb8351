namespace Anyvc;

/// <summary>What a <see cref="RepoPath"/> needs from the tree it belongs to: a revision's (read-only) or a transaction's.</summary>
internal interface ITreeAccess
{
    /// <summary>The connection the tree's commands go through.</summary>
    BackendConnection Connection { get; }

    /// <summary>The remote object the tree commands target: the repository for a revision, the transaction itself otherwise.</summary>
    long TargetId { get; }

    /// <summary>The revision id, or null for a transaction's staged tree.</summary>
    string? RevisionId { get; }

    /// <summary>Names the tree in messages, e.g. <c>revision 1a2b3c</c>.</summary>
    string Describe();
}
