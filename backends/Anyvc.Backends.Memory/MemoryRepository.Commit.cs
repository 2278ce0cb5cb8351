using Anyvc.Host;

namespace Anyvc.Backends.Memory;

/// <summary>Committing: the request's operations applied to the parent's tree, checked against its file view.</summary>
public sealed partial class MemoryRepository
{
    /// <summary>Records <paramref name="request"/> on its branch, whose tip must still be the transaction's first parent.</summary>
    /// <exception cref="AnyvcException">The branch moved since the transaction began, or the request breaks its contract.</exception>
    public string Commit(CommitRequest request)
    {
        var branch = request.Branch ?? DefaultBranch;
        if (store.TipOf(branch) is { } tip && request.ParentId != tip)
            throw new AnyvcException($"cannot commit to branch '{branch}' of memory repository {directory}: the transaction began at "
                + $"{request.ParentId ?? "no revision"}, but the branch is now at {store.TipOf(branch) ?? "none"}; the memory backend does not merge by itself");
        if (request.Time.Ticks % TimeSpan.TicksPerSecond != 0)
            throw new InvalidCommitRequestException($"the time {request.Time:O} is not in whole seconds");
        if (request.AuthorName.Length == 0)
            throw new InvalidCommitRequestException("the author name is empty");
        var parent = request.ParentId is null ? null : Revision(request.ParentId);
        var root = OperationApplier.Apply(parent?.Root, request.Operations);
        CommitViewCheck.Verify(request, parent?.Root, root);
        var author = Author.Format(request.AuthorName, request.AuthorEmail);
        IReadOnlyList<string> parents = parent is null ? [] : [parent.Id, .. request.MergeParents.Select(p => Revision(p).Id)];
        var id = RevisionId.Compute(root, parents, author, request.Time, request.Message);
        store.AddOnBranch(new StoredRevision(id, root, parents, author, request.Time, request.Message, Relocations(request.Files, root, moved: true), Relocations(request.Files, root, moved: false)), branch);
        return id;
    }

    /// <summary>Files the host marks as relocated whose source is no longer a file (moved) or still is (copied).</summary>
    private static List<Rename> Relocations(IReadOnlyList<FileChange> files, DirectoryNode root, bool moved) => files
        .Where(file => file.CopiedFrom is { } source && (root.Find(source) is not FileNode) == moved)
        .Select(file => new Rename(file.CopiedFrom!, file.Path))
        .OrderBy(rename => rename.To, StringComparer.Ordinal)
        .ToList();
}
