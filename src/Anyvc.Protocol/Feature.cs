namespace Anyvc;

/// <summary>
/// Optional capabilities a backend declares in its hello. A backend declares a feature only when it honours it: the
/// conformance suite has a test per feature (<c>[RequiresFeature]</c>) that fails on a backend claiming what it does
/// not do, and the host refuses a backend whose repositories lack the capability interface a feature needs. Where a
/// tool cannot do something, the backend says why in <see cref="BackendInfo.Limits"/>.
/// </summary>
[Flags]
public enum Feature
{
    /// <summary>No optional capability.</summary>
    None = 0,

    /// <summary>A commit's time can be chosen by the caller and is kept to the second.</summary>
    CommitTime = 1 << 0,

    /// <summary>Renames are recorded as such (history follows them) and <c>Revision.Renames</c> lists them.</summary>
    Renames = 1 << 1,

    /// <summary>
    /// Named branches besides the default one: list, create at a revision, delete, commit onto one, start one with no
    /// common history (<c>Repository.Branches</c>, <c>Repository.Transaction(..., branch: ...)</c>).
    /// </summary>
    Branches = 1 << 2,

    /// <summary>Revisions with two or more parents (<c>Repository.Transaction(..., parents: ...)</c>).</summary>
    Merges = 1 << 3,

    /// <summary>Tags: list, create at a revision, resolve, delete (<c>Repository.Tags</c>).</summary>
    Tags = 1 << 4,

    /// <summary>Empty directories are versioned.</summary>
    EmptyDirectories = 1 << 5,

    /// <summary>The UTC offset of a commit time is kept (not only the instant).</summary>
    TimeZoneOffset = 1 << 6,

    /// <summary>For each line of a file at a revision, the revision that last changed it (<c>Revision.Annotate</c>).</summary>
    Annotate = 1 << 7,

    /// <summary>
    /// Creating or deleting a branch adds no revision: a new branch's tip is the revision it was created at (git's
    /// refs). Without it, the backend records the change as a revision of its own (svn's copy, hg's branch commit).
    /// </summary>
    LightweightBranches = 1 << 8,

    /// <summary>Merges of three or more parents (octopus merges).</summary>
    OctopusMerges = 1 << 9,

    /// <summary>
    /// Creating or deleting a tag adds no revision (git's refs). Without it the backend records a revision (hg commits
    /// <c>.hgtags</c>, svn copies under <c>tags/</c>).
    /// </summary>
    LightweightTags = 1 << 10,

    /// <summary>A tag keeps a message, author and time of its own (git's annotated tags, svn's copy revision).</summary>
    AnnotatedTags = 1 << 11,

    /// <summary>Symbolic links are versioned: created in a transaction, listed as such, their targets read as data.</summary>
    Symlinks = 1 << 12,

    /// <summary>A file's executable bit is versioned: set and cleared in a transaction, read in listings.</summary>
    ExecutableBit = 1 << 13,

    /// <summary>Copies are recorded with their source (<c>RepoPath.CopyTo</c>), and change kinds list them as copied.</summary>
    Copies = 1 << 14,

    /// <summary>hg's bookmarks: movable names for revisions that belong to no branch and add no revision.</summary>
    Bookmarks = 1 << 15,

    /// <summary>
    /// A repository lives wholly in its directory: a copy of the directory, made while no transaction is open, is an
    /// independent repository that any backend process can open. The harness then builds declared histories once and
    /// copies them for each test.
    /// </summary>
    CopyableDirectories = 1 << 16,
}
