using Anyvc.Host.Diffs;

namespace Anyvc.Host;

/// <summary>
/// A log in the backend's object table, walked lazily page by page over the core interface: newest first by commit
/// time (a revision before its parents when times tie), each revision once. It holds its repository like a
/// transaction does, so releasing the repository first cannot pull reads from under it.
/// </summary>
internal sealed class LogWalk : IDisposable
{
    private readonly RepositoryState repository;
    private readonly LogQuery query;
    private readonly IVcsRenames? renames;
    private readonly PriorityQueue<(string Id, string? Path, IReadOnlyList<string> Parents), (DateTimeOffset Time, long Order)> pending = new(Comparer<(DateTimeOffset Time, long Order)>.Create(Newest));
    private readonly HashSet<string> queued = new(StringComparer.Ordinal);
    private long order;
    private int returned;
    private bool disposed;

    public LogWalk(RepositoryState repository, BackendInfo info, LogQuery query, string? path)
    {
        this.repository = repository;
        this.query = query with { Path = path };
        if (query.FollowRenames && path is not null)
            renames = Capabilities.Require<IVcsRenames>(info, Feature.Renames, repository.Vcs);
        var starts = query.From.Select(name => Names.Resolve(repository, info, name)).ToList();
        if (query.AllBranches)
            starts.AddRange(Branching.Of(repository, info).Branches().Select(branch => branch.Id));
        else if (query.From.Count == 0 && repository.Vcs.Head() is { } head)
            starts.Add(head);
        foreach (var start in starts)
            Enqueue(start, path);
        repository.Hold();
    }

    /// <summary>Up to <paramref name="count"/> more revision ids; empty once the walk is done.</summary>
    public IReadOnlyList<string> Next(int count)
    {
        var page = new List<string>();
        while (page.Count < count && returned < (query.Limit ?? int.MaxValue) && pending.TryDequeue(out var next, out _))
        {
            var parents = next.Parents;
            var walked = query.FirstParentOnly ? parents.Take(1).ToList() : parents;
            var olderPath = next.Path is null || renames is null ? next.Path : OlderPath(renames.Renames(next.Id), next.Path);
            foreach (var parent in walked)
                Enqueue(parent, olderPath);
            if (Kept(next.Id, parents, next.Path))
            {
                page.Add(next.Id);
                returned++;
            }
        }
        return page;
    }

    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        repository.Unhold();
    }

    /// <summary>
    /// Where <paramref name="path"/> was before a revision with these renames: a renamed file's old path, or a
    /// directory's when its files came from one other directory under the same names below it.
    /// </summary>
    private static string OlderPath(IReadOnlyList<Rename> moves, string path)
    {
        if (moves.FirstOrDefault(rename => rename.To == path) is { } file)
            return file.From;
        var directories = moves
            .Where(rename => rename.To.StartsWith(path + "/", StringComparison.Ordinal) && rename.From.EndsWith(rename.To[path.Length..], StringComparison.Ordinal))
            .Select(rename => rename.From[..^(rename.To.Length - path.Length)])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return directories is [var directory] && directory.Length > 0 ? directory : path;
    }

    private bool Kept(string id, IReadOnlyList<string> parents, string? path) =>
        query.Merges switch
        {
            MergeFilter.MergesOnly => parents.Count >= 2,
            MergeFilter.NoMerges => parents.Count <= 1,
            _ => true,
        }
        && (path is null || RevisionDiff.ChangedFiles(repository, parents.Count == 0 ? null : parents[0], id, [path]).Count > 0);

    private void Enqueue(string id, string? path)
    {
        if (!queued.Add(id))
            return;
        var info = repository.Vcs.Info(id);
        pending.Enqueue((id, path, info.Parents), (info.Time, order++));
    }

    private static int Newest((DateTimeOffset Time, long Order) x, (DateTimeOffset Time, long Order) y)
    {
        var byTime = y.Time.CompareTo(x.Time);
        return byTime != 0 ? byTime : x.Order.CompareTo(y.Order);
    }
}
