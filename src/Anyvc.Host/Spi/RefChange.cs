namespace Anyvc.Host;

/// <summary>
/// Metadata for the revision a backend records when a name changes (svn's copy, hg's branch commit); backends with
/// lightweight names ignore it.
/// </summary>
/// <param name="Message">The message.</param>
/// <param name="AuthorName">The author name (never empty).</param>
/// <param name="AuthorEmail">The author email, or empty.</param>
/// <param name="Time">The time, whole seconds, with its offset.</param>
public sealed record RefChange(string Message, string AuthorName, string AuthorEmail, DateTimeOffset Time)
{
    /// <summary>The author in canonical form.</summary>
    public string Author => Anyvc.Author.Format(AuthorName, AuthorEmail);

    /// <summary>
    /// A commit of this metadata on <paramref name="parentId"/> onto <paramref name="branch"/>, for a backend that records
    /// the change as a revision: empty unless <paramref name="files"/> (with their <paramref name="operations"/>) are given.
    /// </summary>
    public CommitRequest AsCommit(string? parentId, string? branch, IVcsTree? parentTree = null,
        IReadOnlyList<TreeOperation>? operations = null, IReadOnlyList<FileChange>? files = null) => new()
    {
        Message = Message,
        Author = Author,
        AuthorName = AuthorName,
        AuthorEmail = AuthorEmail,
        Time = Time,
        ParentId = parentId,
        ParentTree = parentTree,
        Branch = branch,
        Operations = operations ?? [],
        Files = files ?? [],
        RemovedFiles = [],
    };
}
