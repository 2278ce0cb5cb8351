using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>
/// Named branches. A name exists only in the changesets that carry it, so creating a branch commits an empty
/// changeset with the name on top of the start revision, and deleting one commits a changeset that closes it.
/// </summary>
internal sealed partial class HgRepository : IVcsBranches
{
    /// <summary>hg's default branch.</summary>
    public const string DefaultBranchName = "default";

    public string DefaultBranch => DefaultBranchName;

    /// <summary>Open branches (hg's <c>branches</c> leaves closed ones out) with their tipmost open head.</summary>
    public IReadOnlyList<NamedRevision> Branches() => Lines(hg.Text(directory, "branches", "-T", "{branch}\\0{node}\\n"))
        .Select(line => line.Split('\0'))
        .Select(fields => new NamedRevision(fields[0], Remember(fields[1])!))
        .OrderBy(branch => branch.Name, StringComparer.Ordinal)
        .ToList();

    public string CreateBranch(string name, string id, RefChange change) => Commit(change.AsCommit(id, name), close: false);

    public void DeleteBranch(string name, RefChange change)
    {
        var tip = Branches().First(branch => branch.Name == name).Id;
        Commit(change.AsCommit(tip, name), close: true);
    }
}
