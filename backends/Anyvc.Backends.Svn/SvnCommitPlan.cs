namespace Anyvc.Backends.Svn;

/// <summary>Where one commit goes in the layout and what it must create or set there besides its changes.</summary>
/// <param name="Root">The line's directory: <c>trunk</c> or <c>branches/NAME</c>.</param>
/// <param name="RootExists">False when this commit starts the branch: a copy of its first parent's line, or an empty directory for a root.</param>
/// <param name="ParentRoot">The first parent's line (copy sources are read there), or null for a root.</param>
/// <param name="MissingAncestors">Directories above a new nested branch that do not exist yet, parents first.</param>
/// <param name="RootProperties">Properties to set on the line's directory (<c>svn:mergeinfo</c> of a merge).</param>
/// <param name="RevisionProperties">The revision properties besides author, date and message (<see cref="SvnLayout"/>).</param>
/// <param name="DeletesLine">The revision deletes <paramref name="Root"/> (a line's directory, or the outermost one it alone filled) and does nothing else.</param>
/// <param name="ReplacesRoot">The directory exists but holds no line (trunk before its first commit): it is replaced by the copy.</param>
internal sealed record SvnCommitPlan(
    string Root,
    bool RootExists,
    string? ParentRoot,
    IReadOnlyList<string> MissingAncestors,
    IReadOnlyDictionary<string, string> RootProperties,
    IReadOnlyDictionary<string, string> RevisionProperties,
    bool DeletesLine = false,
    bool ReplacesRoot = false);
