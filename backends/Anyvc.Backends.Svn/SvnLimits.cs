namespace Anyvc.Backends.Svn;

/// <summary>
/// What Subversion cannot store, refused before anything is written, each with the value and the limit: svn keeps
/// revision properties and paths as C strings (no NUL), takes LF line breaks only in a message, refuses control
/// characters in paths, and its dates start in 1970.
/// </summary>
internal static class SvnLimits
{
    private static readonly DateTimeOffset Earliest = DateTimeOffset.UnixEpoch;

    /// <exception cref="FeatureNotSupportedException">The message, author or time cannot be stored.</exception>
    /// <exception cref="InvalidRepoPathException">A path cannot be stored.</exception>
    public static void Check(Host.CommitRequest request)
    {
        if (request.Message.Contains('\r'))
            throw new FeatureNotSupportedException($"svn cannot store a commit message containing CR (svn:log takes LF line breaks only): {Shown(request.Message)}");
        if (request.Message.Contains('\0'))
            throw new FeatureNotSupportedException($"svn cannot store a commit message containing NUL (svn:log ends at the first NUL): {Shown(request.Message)}");
        if (request.Author.Contains('\0'))
            throw new FeatureNotSupportedException($"svn cannot store an author containing NUL (svn:author ends at the first NUL): {Shown(request.Author)}");
        if (request.Time < Earliest)
            throw new FeatureNotSupportedException($"svn cannot store a commit time before 1970-01-01 (svn:date): {request.Time:O}");
        var created = request.Operations.Select(o => o switch { Host.MkdirOperation m => m.Path, Host.CopyOperation c => c.To, _ => null }).OfType<string>();
        foreach (var path in request.Files.Select(f => f.Path).Concat(created))
            if (path.FirstOrDefault(char.IsControl) is var control and not '\0')
                throw new InvalidRepoPathException($"svn cannot store the path '{Shown(path)}': it contains the control character U+{(int)control:X4}");
    }

    private static string Shown(string text) =>
        (text.Length > 80 ? text[..80] + "…" : text).Replace("\0", "\\0").Replace("\n", "\\n").Replace("\r", "\\r");
}
