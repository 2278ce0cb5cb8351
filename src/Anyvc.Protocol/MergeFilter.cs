namespace Anyvc;

/// <summary>Which revisions a log keeps by their number of parents.</summary>
public enum MergeFilter
{
    /// <summary>Every revision.</summary>
    All = 0,

    /// <summary>Only merges (two parents or more).</summary>
    MergesOnly = 1,

    /// <summary>No merges (at most one parent).</summary>
    NoMerges = 2,
}
