namespace Anyvc.Backends.Svn;

/// <summary>A revision of the history model: the line (directory) it is on, its parents and its log entry.</summary>
/// <param name="Revision">The revision number.</param>
/// <param name="Root">Its line's directory: <c>trunk</c> or <c>branches/NAME</c>.</param>
/// <param name="Parents">Parent revisions, first parent first.</param>
/// <param name="Entry">Its log entry.</param>
internal sealed record SvnNode(long Revision, string Root, IReadOnlyList<long> Parents, SvnLogEntry Entry);
