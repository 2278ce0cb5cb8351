using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Memory;

/// <summary>Branches: names pointing at revisions, as git's refs; creating or deleting one adds no revision.</summary>
public sealed partial class MemoryRepository : IVcsBranches
{
    /// <inheritdoc />
    public string DefaultBranch => RevisionStore.DefaultBranch;

    /// <inheritdoc />
    public IReadOnlyList<NamedRevision> Branches() => store.Branches.Select(b => new NamedRevision(b.Key, b.Value)).ToList();

    /// <inheritdoc />
    public string CreateBranch(string name, string id, RefChange change)
    {
        if (store.TipOf(name) is not null)
            throw new AlreadyExistsException($"branch '{name}' exists in memory repository {directory}");
        store.SetBranch(name, Revision(id).Id);
        return id;
    }

    /// <inheritdoc />
    public void DeleteBranch(string name, RefChange change)
    {
        if (store.TipOf(name) is null || name == DefaultBranch)
            throw new NotFoundException($"no branch '{name}' to delete in memory repository {directory}");
        store.SetBranch(name, null);
    }
}
