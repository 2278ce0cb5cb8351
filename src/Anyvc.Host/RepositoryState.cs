namespace Anyvc.Host;

/// <summary>A repository in the backend child, with a cache of revision trees (revisions never change).</summary>
internal sealed class RepositoryState(IVcsRepository vcs) : IDisposable
{
    private readonly Dictionary<string, IVcsTree> trees = new(StringComparer.Ordinal);

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

    public void Dispose() => Vcs.Dispose();
}
