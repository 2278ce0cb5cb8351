namespace Anyvc.Wire;

/// <summary>
/// The repository command set, shared by the client proxies and the backend host. Each entry says its target,
/// its arguments and whether it is posted (returns at once, result id chosen by the client) or called.
/// </summary>
public static class Commands
{
    /// <summary>Posted, result = repository. Args: [directory]. Creates a new repository there.</summary>
    public const string CreateRepository = "repo.create";

    /// <summary>Posted, result = repository. Args: [directory]. Opens an existing repository.</summary>
    public const string OpenRepository = "repo.open";

    /// <summary>Call on a repository → the default head's id, or nil when the repository is empty.</summary>
    public const string Head = "repo.head";

    /// <summary>Call on a repository → the number of revisions on the default line of history.</summary>
    public const string Count = "repo.count";

    /// <summary>Call on a repository → revision ids of the default line of history, newest first.</summary>
    public const string History = "repo.history";

    /// <summary>Call on a repository. Args: [id] → the full id. Raises not-found.</summary>
    public const string Resolve = "repo.resolve";

    /// <summary>Call on a repository. Args: [id] → [id, author, [seconds, offsetMinutes], message, [parent ids]].</summary>
    public const string RevisionInfo = "rev.info";

    /// <summary>Call on a repository. Args: [id] → file paths changed against the first parent, sorted.</summary>
    public const string ChangedFiles = "rev.changes";

    /// <summary>Call on a repository. Args: [id] → unified diff text against the first parent.</summary>
    public const string Diff = "rev.diff";

    /// <summary>Posted on a repository, result = transaction. Args: [message, author, time or nil].</summary>
    public const string Begin = "tx.begin";

    /// <summary>Posted on a transaction. Args: [path, data channel id]. The channel's bytes become the file.</summary>
    public const string Write = "tx.write";

    /// <summary>Posted on a transaction. Args: [path].</summary>
    public const string Mkdir = "tx.mkdir";

    /// <summary>Posted on a transaction. Args: [from, to].</summary>
    public const string Rename = "tx.rename";

    /// <summary>Posted on a transaction. Args: [path].</summary>
    public const string Remove = "tx.remove";

    /// <summary>Call on a transaction → the new revision's id.</summary>
    public const string Commit = "tx.commit";

    /// <summary>Posted on a transaction: discard it.</summary>
    public const string Abort = "tx.abort";

    /// <summary>Call on a repository (args [revision, path]) or a transaction (args [nil, path]) → 0 none, 1 file, 2 directory.</summary>
    public const string Stat = "tree.stat";

    /// <summary>Call, targets as <see cref="Stat"/> → [[name, kind], ...] of a directory, sorted by name.</summary>
    public const string List = "tree.list";

    /// <summary>Call, targets as <see cref="Stat"/>, args [revision or nil, path, data channel id]: streams the file.</summary>
    public const string Read = "tree.read";
}
