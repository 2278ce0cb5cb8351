namespace Anyvc;

/// <summary>
/// The rules for repository paths, checked on both sides of the wire: relative, <c>/</c>-separated, no empty,
/// <c>.</c> or <c>..</c> segment, no NUL, and no segment the backend reserves for its tool (<c>.git</c> for git,
/// see <see cref="BackendInfo.ReservedNames"/>), compared ignoring case. A path that ends in <c>/</c> names a
/// directory (<see cref="NamesDirectory"/>): it normalizes like the same path without the <c>/</c>, and the host
/// refuses it wherever a file is meant.
/// </summary>
public static class RepoPathSyntax
{
    /// <summary>Returns the canonical form of <paramref name="path"/> (<c>""</c> is the root).</summary>
    /// <param name="path">The path to check.</param>
    /// <param name="reserved">Segment names the backend reserves; none when null.</param>
    /// <exception cref="InvalidRepoPathException">The path is malformed, escapes the root or uses a reserved name.</exception>
    public static string Normalize(string path, IReadOnlyCollection<string>? reserved = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains('\0'))
            throw Invalid(path, "contains a NUL character");
        if (path.StartsWith('/') || path.StartsWith('\\'))
            throw Invalid(path, "is absolute; repository paths are relative to the root");
        // 'a:b' is a plain name on every system Anyvc runs on; only a Windows drive ('C:', 'C:/x') is refused.
        if (path.Length > 1 && char.IsAsciiLetter(path[0]) && path[1] == ':' && (path.Length == 2 || path[2] is '/' or '\\'))
            throw Invalid(path, "starts with a Windows drive; repository paths are relative to the root");
        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
            return "";
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment is "" or "." or "..")
                throw Invalid(path, segment == ".." ? "escapes the repository root" : "has an empty or '.' segment");
            if (segment.Contains('\\'))
                throw Invalid(path, "contains a backslash; use '/' between segments");
            if (reserved is not null && reserved.Contains(segment, StringComparer.OrdinalIgnoreCase))
                throw Invalid(path, $"uses the name '{segment}', which the backend's tool reserves for itself");
        }
        return trimmed;
    }

    /// <summary>True when <paramref name="path"/>, as given, ends in <c>/</c> below the root, so it can only name a directory.</summary>
    public static bool NamesDirectory(string path) => path.EndsWith('/') && path.TrimEnd('/').Length > 0;

    /// <summary>Joins a canonical base path and a relative path, and normalizes the result.</summary>
    public static string Join(string basePath, string relative, IReadOnlyCollection<string>? reserved = null)
    {
        var tail = Normalize(relative, reserved);
        return basePath.Length == 0 ? tail : tail.Length == 0 ? basePath : basePath + "/" + tail;
    }

    /// <summary>The parent of a canonical path, or null for the root.</summary>
    public static string? Parent(string path) => path.Length == 0 ? null : path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>The last segment of a canonical path (<c>""</c> for the root).</summary>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static InvalidRepoPathException Invalid(string path, string why) =>
        new($"repository path '{path.Replace("\0", "\\0")}' {why}");
}
