using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Branches in the standard layout: trunk is the default branch, every other one a directory under <c>branches/</c>
/// (nested for names with <c>/</c>). Creating one copies its start revision's line with history, as <c>svn copy</c>
/// does; deleting one deletes its directory. Each is a revision of its own, as in svn.
/// </summary>
internal sealed partial class SvnRepository : IVcsBranches
{
    public string DefaultBranch => SvnLayout.Trunk;

    public IReadOnlyList<NamedRevision> Branches() => Graph().Tips
        .Select(tip => new NamedRevision(SvnLayout.NameOf(tip.Key), Id(tip.Value)))
        .OrderBy(branch => branch.Name, StringComparer.Ordinal)
        .ToList();

    public string CreateBranch(string name, string id, RefChange change)
    {
        using var writeLock = SvnWriteLock.Take(directory);
        var at = Node(Number(id));
        var root = SvnLayout.RootOf(name);
        var plan = new SvnCommitPlan(root, false, at.Root, NewLineAncestors(root), new Dictionary<string, string>(), Properties(root, Id(at.Revision), "create"));
        return Id(Load(change.AsCommit(Id(at.Revision), name), plan, new Dictionary<string, SvnListEntry>()));
    }

    public void DeleteBranch(string name, RefChange change)
    {
        using var writeLock = SvnWriteLock.Take(directory);
        var root = SvnLayout.RootOf(name);
        var plan = new SvnCommitPlan(root, true, null, [], new Dictionary<string, string>(), Properties(root, "", "delete"), DeletesLine: true);
        Load(change.AsCommit(null, name), plan, new Dictionary<string, SvnListEntry>());
    }

    private static Dictionary<string, string> Properties(string root, string parents, string action) => new()
    {
        [SvnLayout.RootProperty] = root,
        [SvnLayout.ParentsProperty] = parents,
        [SvnLayout.ActionProperty] = action,
    };
}
