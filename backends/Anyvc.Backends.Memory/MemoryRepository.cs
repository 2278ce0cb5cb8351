using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Memory;

/// <summary>
/// One in-memory repository: a handle on the revisions its backend keeps for a directory. Revisions are immutable
/// and addressed by content hash; the default line of history follows first parents from the head.
/// </summary>
public sealed partial class MemoryRepository : IVcsRepository, IVcsRenames
{
    private const int MinimumPrefix = 4;

    private readonly RevisionStore store;
    private readonly string directory;

    internal MemoryRepository(RevisionStore store, string directory)
    {
        this.store = store;
        this.directory = directory;
    }

    /// <inheritdoc />
    public string? Head() => store.Head;

    /// <inheritdoc />
    public IReadOnlyList<string> History()
    {
        var history = new List<string>();
        for (var id = store.Head; id is not null; id = Revision(id).Parents.FirstOrDefault())
            history.Add(id);
        return history;
    }

    /// <summary>The full id of a full id or of a unique prefix of at least four hex digits, in either case.</summary>
    /// <exception cref="NotFoundException">No revision, or more than one, has that id or prefix.</exception>
    public string Resolve(string id)
    {
        if (id.Length is < MinimumPrefix or > RevisionId.Length || !id.All(char.IsAsciiHexDigit))
            throw new NotFoundException($"no revision '{id}' in memory repository {directory}: an id is {MinimumPrefix} to {RevisionId.Length} hex digits");
        var matches = store.IdsStartingWith(id.ToLowerInvariant());
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new NotFoundException($"no revision '{id}' in memory repository {directory}"),
            _ => throw new NotFoundException($"revision '{id}' is ambiguous in memory repository {directory}: {matches.Count} revisions start with it"),
        };
    }

    /// <inheritdoc />
    public RevisionInfo Info(string id)
    {
        var revision = Revision(id);
        return new RevisionInfo(revision.Id, revision.Author, revision.Time, revision.Message, revision.Parents);
    }

    /// <inheritdoc />
    public IVcsTree Tree(string id) => new MemoryTree(Revision(id).Root, id);

    /// <summary>Nothing to release: the revisions belong to the backend, and other handles may still use them.</summary>
    public void Dispose()
    {
    }

    /// <summary>
    /// The revision with exactly this full id. Only <see cref="Resolve"/> accepts prefixes: the host resolves ids
    /// before every other call, and a host that forgot to would go unnoticed if these accepted them too.
    /// </summary>
    private StoredRevision Revision(string id) => store.Find(id)
        ?? throw new NotFoundException($"no revision '{id}' in memory repository {directory} (only Resolve accepts abbreviated ids)");
}
