using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// A repository held by a backend child; this object is its proxy (an id in the child's table). Disposing it lets
/// the child release it (once its open transactions end); revisions and transactions of a disposed repository can no
/// longer be used.
/// </summary>
public sealed class Repository : IDisposable
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
    /// Starts a transaction on the default head. Returns at once (the transaction id is chosen here).
    /// </summary>
    /// <param name="message">The commit message.</param>
    /// <param name="author">
    /// <c>Name &lt;email&gt;</c> or a bare name; stored in that canonical form on every backend (whitespace around the
    /// name and the email dropped, one space before <c>&lt;</c>), as git stores it.
    /// </param>
    /// <param name="time">The commit time, kept to the second with its offset; null means now.</param>
    public Transaction Transaction(string message, string author, DateTimeOffset? time = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (name, email) = Anyvc.Author.Parse(author);
        var id = Connection.NewObjectId();
        Connection.Post(RepositoryProtocol.Begin, Id, id, new BeginRequest(message, Anyvc.Author.Format(name, email), time));
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

    private IEnumerable<Revision> Walk(LogQuery query, int pageSize)
    {
        var log = Connection.NewObjectId();
        Connection.Post(RepositoryProtocol.Log, Id, log, query);
        try
        {
            while (Connection.Call(RepositoryProtocol.LogNext, log, pageSize) is { Count: > 0 } page)
                foreach (var id in page)
                    yield return new Revision(this, id);
        }
        finally
        {
            ReleaseQuietly(log);
        }
    }

    private RevisionPairRequest Pair(Revision first, Revision second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        EnsureOwn(first, second);
        return new RevisionPairRequest(first.Id, second.Id);
    }

    private void EnsureOwn(params Revision?[] revisions)
    {
        foreach (var revision in revisions)
            if (revision is not null && !ReferenceEquals(revision.Owner, this))
                throw new ArgumentException($"revision {revision.Id} belongs to another repository than the {this}; compare revisions of one repository", nameof(revisions));
    }

    private RangeRequest Range(Revision? from, Revision to, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(to);
        EnsureOwn(from, to);
        return new RangeRequest(from?.Id, to.Id, paths.Select(path => RepoPathSyntax.Normalize(path, Connection.Info.ReservedNames)).ToList());
    }

    /// <summary>The default line of history, newest first.</summary>
    public IReadOnlyList<Revision> History() =>
        Connection.Call(RepositoryProtocol.History, Id, Unit.Value).Select(id => new Revision(this, id)).ToList();

    /// <summary>
    /// Files whose content differs from <paramref name="from"/> (null: the empty tree) to <paramref name="to"/>, sorted;
    /// a rename lists both paths. With <paramref name="paths"/>, only files at or below them.
    /// </summary>
    /// <exception cref="InvalidRepoPathException">A path is malformed.</exception>
    public IReadOnlyList<string> ChangedFiles(Revision? from, Revision to, params IReadOnlyList<string> paths) =>
        Connection.Call(RepositoryProtocol.ChangedFilesBetween, Id, Range(from, to, paths));

    /// <summary>
    /// The unified diff from <paramref name="from"/> (null: the empty tree) to <paramref name="to"/>, in the one format
    /// every backend shares (<c>git apply</c> and <c>patch -p1</c> take it). With <paramref name="paths"/>, only files at
    /// or below them.
    /// </summary>
    /// <exception cref="InvalidRepoPathException">A path is malformed.</exception>
    public string Diff(Revision? from, Revision to, params IReadOnlyList<string> paths) =>
        Connection.Call(RepositoryProtocol.DiffBetween, Id, Range(from, to, paths));

    /// <summary>
    /// The revisions <paramref name="query"/> asks for (by default: the default line of history from the default
    /// head), newest first. Lazy: the backend walks as the caller reads, <paramref name="pageSize"/> revisions per round
    /// trip, so the start of a long history costs no more than a short one.
    /// </summary>
    /// <exception cref="InvalidRepoPathException">The query's path is malformed.</exception>
    /// <exception cref="NotFoundException">While reading: a start revision does not exist.</exception>
    /// <exception cref="FeatureNotSupportedException">While reading: renames are to be followed, but the backend records none.</exception>
    public IEnumerable<Revision> Log(LogQuery? query = null, int pageSize = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        query ??= new LogQuery();
        if (query.Path is not null)
            RepoPathSyntax.Normalize(query.Path, Connection.Info.ReservedNames);
        return Walk(query, pageSize);
    }

    /// <summary>
    /// The best common ancestor of <paramref name="first"/> and <paramref name="second"/>: the newest revision both
    /// reach through parents (one of them when it is the other's ancestor); null when their histories are unrelated.
    /// </summary>
    public Revision? MergeBase(Revision first, Revision second) =>
        Connection.Call(RepositoryProtocol.MergeBase, Id, Pair(first, second)) is { } id ? new Revision(this, id) : null;

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="descendant"/> or reachable from it through parents.</summary>
    public bool IsAncestor(Revision ancestor, Revision descendant) =>
        Connection.Call(RepositoryProtocol.IsAncestor, Id, Pair(ancestor, descendant));

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
