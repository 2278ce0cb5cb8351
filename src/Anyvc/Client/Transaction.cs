using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// A set of changes that becomes one revision on <see cref="Commit"/>. Like a <c>DbTransaction</c>, disposing it
/// without committing discards everything. Changes are posted and return at once; errors surface at the next
/// call, at the latest at <see cref="Commit"/>.
/// </summary>
public sealed class Transaction : IDisposable, ITreeAccess
{
    private readonly Repository repository;
    private bool finished;

    internal Transaction(Repository repository, long id)
    {
        this.repository = repository;
        TargetId = id;
        Root = new RepoPath(this, "");
    }

    /// <summary>The root of the transaction's tree: the parent revision's content plus the changes so far.</summary>
    public RepoPath Root { get; }

    /// <summary>Records the changes as a new revision on the default line of history and returns it.</summary>
    /// <exception cref="InvalidOperationException">The transaction was already committed or disposed.</exception>
    public Revision Commit()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var id = (string)Connection.Call(Commands.Commit, TargetId)!;
        return new Revision(repository, id);
    }

    /// <summary>Discards the transaction unless it was committed.</summary>
    public void Dispose()
    {
        if (finished)
            return;
        finished = true;
        if (Connection.Gateway.IsAlive)
            Connection.Post(Commands.Abort, TargetId, 0);
    }

    private BackendConnection Connection => repository.Connection;

    private long TargetId { get; }

    BackendConnection ITreeAccess.Connection => Connection;

    long ITreeAccess.TargetId => TargetId;

    string? ITreeAccess.RevisionId => null;

    string ITreeAccess.Describe() => $"{Connection.Info.Name}: transaction on {repository.Path}";
}
