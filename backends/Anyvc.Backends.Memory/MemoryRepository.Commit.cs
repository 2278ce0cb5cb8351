using Anyvc.Host;

namespace Anyvc.Backends.Memory;

/// <summary>Committing: the request's operations applied to the parent's tree, checked against its file view.</summary>
public sealed partial class MemoryRepository
{
    /// <summary>Records <paramref name="request"/> on top of the head, which must still be the transaction's parent.</summary>
    /// <exception cref="AnyvcException">The head moved since the transaction began, or the request breaks its contract.</exception>
    public string Commit(CommitRequest request)
    {
        if (request.ParentId != store.Head)
            throw new AnyvcException($"cannot commit to memory repository {directory}: the transaction began at {request.ParentId ?? "the empty repository"}, "
                + $"but the head is now {store.Head ?? "none"}; the memory backend does not merge");
        if (request.Time.Ticks % TimeSpan.TicksPerSecond != 0)
            throw new InvalidCommitRequestException($"the time {request.Time:O} is not in whole seconds");
        if (request.AuthorName.Length == 0)
            throw new InvalidCommitRequestException("the author name is empty");
        var parent = request.ParentId is null ? null : Revision(request.ParentId);
        var root = OperationApplier.Apply(parent?.Root, request.Operations);
        CommitViewCheck.Verify(request, parent?.Root, root);
        var author = Author.Format(request.AuthorName, request.AuthorEmail);
        IReadOnlyList<string> parents = parent is null ? [] : [parent.Id];
        var id = RevisionId.Compute(root, parents, author, request.Time, request.Message);
        store.AddOnHead(new StoredRevision(id, root, parents, author, request.Time, request.Message, Renames(request.Files, root)));
        return id;
    }

    /// <summary>Files the host marks as relocated whose source is no longer a file: moved, not copied.</summary>
    private static List<Rename> Renames(IReadOnlyList<FileChange> files, DirectoryNode root) => files
        .Where(file => file.CopiedFrom is { } source && root.Find(source) is not FileNode)
        .Select(file => new Rename(file.CopiedFrom!, file.Path))
        .OrderBy(rename => rename.To, StringComparer.Ordinal)
        .ToList();
}
