using Anyvc.Host;

namespace Anyvc.Backends.Hg;

/// <summary>
/// What Mercurial cannot store, refused before anything is written, each with the value and the limit: its manifest
/// separates file names with line breaks, and it strips a message's trailing whitespace per line, its CRs and its
/// trailing blank lines (so such a message would come back changed).
/// </summary>
internal static class HgLimits
{
    /// <exception cref="FeatureNotSupportedException">The message or author cannot be stored as given.</exception>
    /// <exception cref="InvalidRepoPathException">A path cannot be stored.</exception>
    public static void Check(CommitRequest request)
    {
        if (Stripped(request.Message) != request.Message)
            throw new FeatureNotSupportedException($"hg cannot store this commit message as given: it strips trailing whitespace from every line, CRs and trailing blank lines: {Shown(request.Message)}");
        if (request.Author.IndexOfAny(['\n', '\r', '\0']) >= 0)
            throw new FeatureNotSupportedException($"hg cannot store an author containing a line break or NUL: {Shown(request.Author)}");
        var created = request.Operations.Select(o => o switch { MkdirOperation m => m.Path, CopyOperation c => c.To, _ => null }).OfType<string>();
        foreach (var path in request.Files.Select(f => f.Path).Concat(created))
            if (path.IndexOfAny(['\n', '\r']) >= 0)
                throw new InvalidRepoPathException($"hg cannot store the path '{Shown(path)}': its manifest separates names with line breaks");
    }

    /// <summary>What hg's changelog keeps of a message (its <c>stripdesc</c>).</summary>
    private static string Stripped(string message) =>
        string.Join('\n', message.Replace("\r\n", "\n").Split('\n', '\r').Select(line => line.TrimEnd())).TrimEnd('\n');

    private static string Shown(string text) =>
        (text.Length > 80 ? text[..80] + "…" : text).Replace("\0", "\\0").Replace("\n", "\\n").Replace("\r", "\\r");
}
