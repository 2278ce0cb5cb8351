using Anyvc.Host;
using Anyvc.Wire;
using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>Branches as git's refs under <c>refs/heads/</c>: creating or deleting one writes a ref, never a commit.</summary>
internal sealed partial class GitRepository : IVcsBranches
{
    private const string BranchPrefix = "refs/heads/";

    public string DefaultBranch => DefaultBranchRef()[BranchPrefix.Length..];

    public IReadOnlyList<NamedRevision> Branches() => repository.Refs.FromGlob(BranchPrefix + "*")
        .Where(r => r.ResolveToDirectReference()?.Target is Commit)
        .Select(r => new NamedRevision(r.CanonicalName[BranchPrefix.Length..], r.ResolveToDirectReference().TargetIdentifier))
        .OrderBy(b => b.Name, StringComparer.Ordinal)
        .ToList();

    public string CreateBranch(string name, string id, RefChange change)
    {
        repository.Refs.Add(BranchRef(name), new ObjectId(Lookup(id).Sha), $"branch: Created from {id}");
        return id;
    }

    public void DeleteBranch(string name, RefChange change) => repository.Refs.Remove(BranchRef(name));

    private static string BranchRef(string name) => BranchPrefix + name;

    /// <summary>The branch HEAD names (set when the repository was created; never detached in a bare repository).</summary>
    private string DefaultBranchRef() => repository.Refs.Head is SymbolicReference symbolic ? symbolic.TargetIdentifier : repository.Refs.Head.CanonicalName;
}
