using System.Globalization;
using System.Text;

namespace Anyvc.Backends.Svn;

/// <summary>Finding the youngest revision, the key that says whether cached history is still current.</summary>
internal sealed partial class SvnRepository
{
    /// <summary>
    /// The youngest revision. FSFS keeps it as the first number of <c>db/current</c>, which svn rewrites atomically
    /// on every commit; reading that file spares a process on every history read. Anything else falls back to
    /// <c>svnlook youngest</c>.
    /// </summary>
    private long Youngest()
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(directory, "db", "current"), Encoding.ASCII);
            var first = text.Split([' ', '\n'], 2)[0];
            if (long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
                return revision;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        var output = Encoding.UTF8.GetString(tool.Run("svnlook", ["youngest", directory])).Trim();
        return long.Parse(output, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
