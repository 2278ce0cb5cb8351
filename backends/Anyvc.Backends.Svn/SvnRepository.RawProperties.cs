using System.Text;
using System.Text.RegularExpressions;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Revision properties exactly as stored: <c>svn log --xml</c> prints control characters as <c>?\NNN</c>, so a value
/// that shows that pattern is read again, raw, with <c>svnlook</c> (a literal <c>?\007</c> reads back right too).
/// </summary>
internal sealed partial class SvnRepository
{
    private SvnLogEntry Exact(SvnLogEntry entry)
    {
        if (!Escaped().IsMatch(entry.Message) && !Escaped().IsMatch(entry.Author))
            return entry;
        return entry with { Message = RawProperty(entry.Revision, "svn:log"), Author = RawProperty(entry.Revision, "svn:author") };
    }

    private string RawProperty(long revision, string name) =>
        Encoding.UTF8.GetString(tool.Run("svnlook", ["propget", "--revprop", "-r", Id(revision), directory, name]));

    [GeneratedRegex(@"\?\\[0-9]{3}")]
    private static partial Regex Escaped();
}
