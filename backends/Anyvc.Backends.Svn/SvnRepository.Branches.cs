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
        var plan = new SvnCommitPlan(Emptied(root), true, null, [], new Dictionary<string, string>(), Properties(root, "", "delete"), DeletesLine: true);
        Load(change.AsCommit(null, name), plan, new Dictionary<string, SvnListEntry>());
    }

    /// <summary>
    /// What deleting the line in <paramref name="root"/> removes: its directory, or the outermost directory above it
    /// (below <c>branches/</c> or <c>tags/</c>) that holds nothing else, so a nested name leaves no empty directories
    /// that would block a later name.
    /// </summary>
    private string Emptied(string root)
    {
        var deleted = root;
        for (var parent = root[..root.LastIndexOf('/')]; parent.Contains('/'); parent = parent[..parent.LastIndexOf('/')])
        {
            // svnlook prints the directory itself, then one line per child.
            var lines = System.Text.Encoding.UTF8.GetString(tool.Run("svnlook", ["tree", "--non-recursive", directory, parent])).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length != 2)
                break;
            deleted = parent;
        }
        return deleted;
    }

    private static Dictionary<string, string> Properties(string root, string parents, string action) => new()
    {
        [SvnLayout.RootProperty] = root,
        [SvnLayout.ParentsProperty] = parents,
        [SvnLayout.ActionProperty] = action,
    };
}
