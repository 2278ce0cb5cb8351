using Anyvc.Wire;

namespace Anyvc;

/// <summary>The history queries of a <see cref="Repository"/>: comparisons, logs and ancestry.</summary>
public sealed partial class Repository
{
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
}
