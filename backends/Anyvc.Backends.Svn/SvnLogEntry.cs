namespace Anyvc.Backends.Svn;

/// <summary>One revision as <c>svn log --xml --verbose --with-all-revprops</c> reports it.</summary>
/// <param name="Revision">The revision number.</param>
/// <param name="Author">The <c>svn:author</c> revision property, or empty.</param>
/// <param name="Date">The <c>svn:date</c> revision property (UTC), or the Unix epoch when it is missing.</param>
/// <param name="Message">The <c>svn:log</c> revision property, or empty.</param>
internal sealed record SvnLogEntry(long Revision, string Author, DateTimeOffset Date, string Message)
{
    /// <summary>The paths the revision changed (only with <c>--verbose</c>).</summary>
    public IReadOnlyList<SvnChangedPath> Paths { get; init; } = [];

    /// <summary>Its revision properties other than author, date and message (only with <c>--with-all-revprops</c>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
