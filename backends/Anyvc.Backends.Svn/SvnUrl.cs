using System.Globalization;

namespace Anyvc.Backends.Svn;

/// <summary>Builds the URLs svn is given: <c>file://</c> URLs of repositories and peg-revision URLs of paths in them.</summary>
internal static class SvnUrl
{
    /// <summary>
    /// The <c>file://</c> URL of a local repository directory. Every segment is percent-escaped, so spaces, <c>#</c>,
    /// <c>%</c> and non-ASCII names survive (svn decodes them again).
    /// </summary>
    public static string FromDirectory(string directory)
    {
        var full = Path.GetFullPath(directory).Replace('\\', '/').TrimEnd('/');
        var segments = full.Split('/').Select(s => s.Contains(':') && s.Length == 2 ? s : Uri.EscapeDataString(s));
        var path = string.Join("/", segments);
        return "file://" + (path.StartsWith('/') ? path : "/" + path);
    }

    /// <summary>The URL of the canonical repository path <paramref name="path"/> below <paramref name="baseUrl"/>.</summary>
    public static string Join(string baseUrl, string path) =>
        path.Length == 0 ? baseUrl : baseUrl + "/" + string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// <paramref name="url"/> pinned to <paramref name="revision"/>. The explicit peg also protects names that
    /// contain <c>@</c>: svn splits the peg at the last <c>@</c>.
    /// </summary>
    public static string AtRevision(string url, long revision) => url + "@" + revision.ToString(CultureInfo.InvariantCulture);
}
