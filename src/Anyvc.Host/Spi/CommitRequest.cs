namespace Anyvc.Host;

/// <summary>
/// One transaction's changes, ready to commit. Two views of the same changes: <see cref="Operations"/> as tree
/// operations in an order that applies cleanly one by one (for tools like svnmucc), and <see cref="Files"/> +
/// <see cref="RemovedFiles"/> as the final state of every changed file (for object databases like git's or hg's).
/// </summary>
public sealed class CommitRequest
{
    /// <summary>The commit message.</summary>
    public required string Message { get; init; }

    /// <summary>The author name (never empty).</summary>
    public required string AuthorName { get; init; }

    /// <summary>The author email, or empty.</summary>
    public required string AuthorEmail { get; init; }

    /// <summary>The author as given: <c>Name &lt;email&gt;</c> or a bare name.</summary>
    public required string Author { get; init; }

    /// <summary>The commit time, whole seconds, with its offset.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>
    /// The first parent (the branch's tip when the transaction began, unless the caller chose parents), or null for a
    /// root: the first commit, or a branch started with no common history.
    /// </summary>
    public required string? ParentId { get; init; }

    /// <summary>The second and further parents of a merge (<see cref="Feature.Merges"/>); empty otherwise.</summary>
    public IReadOnlyList<string> MergeParents { get; init; } = [];

    /// <summary>
    /// The branch the revision goes onto (<see cref="Feature.Branches"/>): null for the default branch. It may not
    /// exist yet (a branch started by this commit); when it exists, its tip is still <see cref="ParentId"/> (the host
    /// checked when the transaction began; a backend checks again if others may commit meanwhile).
    /// </summary>
    public string? Branch { get; init; }

    /// <summary>The parent's tree, or null for the first commit.</summary>
    public required IVcsTree? ParentTree { get; init; }

    /// <summary>
    /// Tree operations that apply cleanly one after another: removals of parent-tree paths first, then, parents
    /// before children, copies (sources read from the parent revision), removals inside copies, mkdirs, puts (files and
    /// symbolic links) and executable-bit changes of files whose content stays.
    /// </summary>
    public required IReadOnlyList<TreeOperation> Operations { get; init; }

    /// <summary>The final state of every file that is new, changed, moved or copied, sorted by path.</summary>
    public required IReadOnlyList<FileChange> Files { get; init; }

    /// <summary>Parent-tree file paths that no longer exist, sorted.</summary>
    public required IReadOnlyList<string> RemovedFiles { get; init; }
}
