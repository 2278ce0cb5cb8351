using Anyvc.Channels.Commands;
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
    private bool committed;
    private bool disposed;
    private Exception? failure;

    internal Transaction(Repository repository, long id)
    {
        this.repository = repository;
        TargetId = id;
        Root = new RepoPath(this, "");
    }

    /// <summary>The root of the transaction's tree: the parent revision's content plus the changes so far.</summary>
    public RepoPath Root { get; }

    /// <summary>Records the changes as a new revision on the default line of history and returns it.</summary>
    /// <exception cref="InvalidOperationException">The transaction was committed, or an earlier Commit failed
    /// (retrying would commit without the change that failed).</exception>
    public Revision Commit()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (committed)
            throw new InvalidOperationException("the transaction is already committed");
        if (failure is not null)
            throw new InvalidOperationException($"an earlier Commit of this transaction failed ({failure.Message}); start a new transaction", failure);
        try
        {
            var id = Connection.Call(RepositoryProtocol.Commit, TargetId, Unit.Value);
            committed = true;
            return new Revision(repository, id);
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
    }

    /// <summary>Discards the transaction unless it was committed (also after a failed <see cref="Commit"/>).</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        if (committed || !Connection.IsConnected)
            return;
        try
        {
            Connection.Post(RepositoryProtocol.Abort, TargetId, 0, Unit.Value);
        }
        catch (AnyvcException)
        {
            // the backend died or broke meanwhile: nothing is left to discard, and Dispose must not throw over the real error
        }
    }

    private BackendConnection Connection => repository.Connection;

    private long TargetId { get; }

    BackendConnection ITreeAccess.Connection => Connection;

    long ITreeAccess.TargetId => TargetId;

    TreeRef ITreeAccess.Tree => TreeRef.OfTransaction;

    bool ITreeAccess.IsWritable => true;

    string ITreeAccess.Describe() => $"{Connection.Info.Name}: transaction on {repository.Path}";
}
