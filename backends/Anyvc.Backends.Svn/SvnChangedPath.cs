namespace Anyvc.Backends.Svn;

/// <summary>One changed path of <c>svn log --verbose --xml</c>.</summary>
/// <param name="Path">The repository path, from the root, e.g. <c>/trunk/a.txt</c>.</param>
/// <param name="Action"><c>A</c> added, <c>D</c> deleted, <c>M</c> modified, <c>R</c> replaced.</param>
/// <param name="Kind"><c>file</c> or <c>dir</c>.</param>
/// <param name="CopyFromPath">The path it was copied from, or null.</param>
/// <param name="CopyFromRevision">The revision it was copied from, or 0.</param>
internal sealed record SvnChangedPath(string Path, string Action, string Kind, string? CopyFromPath, long CopyFromRevision);
