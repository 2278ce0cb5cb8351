namespace Anyvc.Backends.Svn;

/// <summary>One revision as <c>svn log --xml</c> reports it.</summary>
/// <param name="Revision">The revision number.</param>
/// <param name="Author">The <c>svn:author</c> revision property, or empty.</param>
/// <param name="Date">The <c>svn:date</c> revision property (UTC), or the Unix epoch when it is missing.</param>
/// <param name="Message">The <c>svn:log</c> revision property, or empty.</param>
internal sealed record SvnLogEntry(long Revision, string Author, DateTimeOffset Date, string Message);
