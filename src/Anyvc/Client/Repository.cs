using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// A repository held by a backend child; this object is its proxy (an id in the child's table). Disposing it lets
/// the child release it (once its open transactions end); revisions and transactions of a disposed repository can no
/// longer be used.
/// </summary>
public sealed partial class Repository : IDisposable
{
    private readonly long id;
    private bool disposed;

    internal Repository(BackendConnection connection, long id, string path)
    {
        Connection = connection;
        this.id = id;
        Path = path;
    }

    /// <summary>The repository's directory.</summary>
    public string Path { get; }

    /// <summary>The backend that holds it.</summary>
    public BackendInfo Backend => Connection.Info;

    internal BackendConnection Connection { get; }

    internal long Id
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return id;
        }
    }

    /// <summary>
    /// Starts a transaction on the tip of a branch (by default the default branch), or on parents of the caller's
    /// choice. Returns at once (the transaction id is chosen here).
    /// </summary>
    /// <param name="message">The commit message.</param>
    /// <param name="author">
    /// <c>Name &lt;email&gt;</c> or a bare name; stored in that canonical form on every backend (whitespace around the
    /// name and the email dropped, one space before <c>&lt;</c>), as git stores it.
    /// </param>
    /// <param name="time">The commit time, kept to the second with its offset; null means now.</param>
    /// <param name="branch">
    /// The branch the revision goes onto (<see cref="Feature.Branches"/>); null for the default branch. A branch that
    /// does not exist yet is started by this commit and needs <paramref name="parents"/>.
    /// </param>
    /// <param name="parents">
    /// Null: the branch's tip. Empty: a root with no history (a new branch with no common history). Two or more: a merge
    /// (<see cref="Feature.Merges"/>) whose tree is what the transaction stages on top of the first parent, which must
    /// be the branch's tip when the branch exists.
    /// </param>
    public Transaction Transaction(string message, string author, DateTimeOffset? time = null, string? branch = null, IReadOnlyList<Revision>? parents = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (name, email) = Anyvc.Author.Parse(author);
        if (parents is not null)
            EnsureOwn([.. parents]);
        var id = Connection.NewObjectId();
        Connection.Post(RepositoryProtocol.Begin, Id, id, new BeginRequest(message, Anyvc.Author.Format(name, email), time, branch, parents?.Select(p => p.Id).ToList()));
        return new Transaction(this, id);
    }

    /// <summary>The newest revision on the default line of history, or null when the repository is empty.</summary>
    public Revision? GetDefaultHead() => Connection.Call(RepositoryProtocol.Head, Id, Unit.Value) is { } id ? new Revision(this, id) : null;

    /// <summary>The number of revisions on the default line of history.</summary>
    public int Count => checked((int)Connection.Call(RepositoryProtocol.Count, Id, Unit.Value));

    /// <summary>The revision with id <paramref name="id"/> (a unique prefix is enough where the backend allows).</summary>
    /// <exception cref="NotFoundException">No such revision.</exception>
    public Revision GetRevision(string id) => new(this, Connection.Call(RepositoryProtocol.Resolve, Id, id));

    /// <summary>Checks the whole repository with the tool's own verifier (<c>git fsck</c>, <c>hg verify</c>, <c>svnadmin verify</c>).</summary>
    /// <exception cref="AnyvcException">The repository is damaged; the message carries the verifier's report.</exception>
    /// <exception cref="FeatureNotSupportedException">The backend has no verifier (a backend that does not know the command).</exception>
    public void Verify() => Connection.Call(RepositoryProtocol.Verify, Id, Unit.Value);

    /// <summary>The default line of history, newest first.</summary>
    public IReadOnlyList<Revision> History() =>
        Connection.Call(RepositoryProtocol.History, Id, Unit.Value).Select(id => new Revision(this, id)).ToList();

    /// <summary>Releases the repository in the backend child (posted; returns at once).</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        ReleaseQuietly(id);
    }

    private void ReleaseQuietly(long objectId)
    {
        if (!Connection.IsConnected)
            return;
        try
        {
            Connection.Post(BuiltinCommands.Release, 0, 0, [objectId]);
        }
        catch (AnyvcException)
        {
            // the backend is gone: so is the object
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Backend.Name} repository at {Path}";
}
