namespace Anyvc.Host;

/// <summary>
/// A repository in the backend child, with a cache of revision trees (revisions never change). Transactions hold it
/// while they live: releasing it from the object table only ends it once the last of them ended, so no native
/// handle (a libgit2 repository, a tree) is ever used after it was freed.
/// </summary>
internal sealed class RepositoryState(IVcsRepository vcs) : IDisposable
{
    private readonly Dictionary<string, IVcsTree> trees = new(StringComparer.Ordinal);
    private int users;
    private bool released;

    public IVcsRepository Vcs { get; } = vcs;

    public IVcsTree Tree(string id)
    {
        if (!trees.TryGetValue(id, out var tree))
        {
            if (trees.Count > 64)
                trees.Clear();
            trees[id] = tree = Vcs.Tree(id);
        }
        return tree;
    }

    /// <summary>A transaction starts using the repository.</summary>
    public void Hold() => users++;

    /// <summary>A transaction stopped using it; the last one ends a released repository.</summary>
    public void Unhold()
    {
        users--;
        EndIfUnused();
    }

    /// <summary>Released from the table: ends now, or when its last transaction ends.</summary>
    public void Dispose()
    {
        released = true;
        EndIfUnused();
    }

    private void EndIfUnused()
    {
        if (!released || users > 0)
            return;
        trees.Clear();
        Vcs.Dispose();
    }
}
