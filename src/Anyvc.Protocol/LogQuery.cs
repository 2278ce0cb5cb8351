namespace Anyvc;

/// <summary>
/// What a log lists: revisions reachable from <see cref="From"/>, newest first (by commit time; a revision before its
/// parents when times tie), each once, filtered as asked.
/// </summary>
public sealed record LogQuery
{
    /// <summary>
    /// Where to start: revision ids or names (a branch, <c>HEAD</c>, the backend's short forms); none means the default
    /// head, unless <see cref="AllBranches"/>.
    /// </summary>
    public IReadOnlyList<string> From { get; init; } = [];

    /// <summary>Also start from the tip of every branch (<see cref="Feature.Branches"/>).</summary>
    public bool AllBranches { get; init; }

    /// <summary>Only revisions that changed a file at or below this path against their first parent; null for all.</summary>
    public string? Path { get; init; }

    /// <summary>With <see cref="Path"/>: continue under a file's old path where the backend recorded a rename (<see cref="Feature.Renames"/>).</summary>
    public bool FollowRenames { get; init; }

    /// <summary>Walk first parents only, as <c>git log --first-parent</c>.</summary>
    public bool FirstParentOnly { get; init; }

    /// <summary>Keep every revision, only merges, or no merges.</summary>
    public MergeFilter Merges { get; init; }

    /// <summary>At most this many revisions; null for no limit.</summary>
    public int? Limit { get; init; }
}
