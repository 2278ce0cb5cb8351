namespace Anyvc;

/// <summary>
/// The rules for repository paths, checked on both sides of the wire: relative, <c>/</c>-separated, no empty,
/// <c>.</c> or <c>..</c> segment, no NUL, nothing inside a VCS's own metadata directory.
/// </summary>
public static class RepoPathSyntax
{
    private static readonly string[] MetadataDirectories = [".git", ".hg", ".svn"];

    /// <summary>Returns the canonical form of <paramref name="path"/> (<c>""</c> is the root).</summary>
    /// <exception cref="InvalidRepoPathException">The path is malformed or escapes the root.</exception>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains('\0'))
            throw Invalid(path, "contains a NUL character");
        if (path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':'))
            throw Invalid(path, "is absolute; repository paths are relative to the root");
        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
            return "";
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment is "" or "." or "..")
                throw Invalid(path, segment == ".." ? "escapes the repository root" : "has an empty or '.' segment");
            if (segment.Contains('\\'))
                throw Invalid(path, "contains a backslash; use '/' between segments");
            if (MetadataDirectories.Contains(segment, StringComparer.OrdinalIgnoreCase))
                throw Invalid(path, $"names the version-control metadata directory '{segment}'");
        }
        return trimmed;
    }

    /// <summary>Joins a canonical base path and a relative path, and normalizes the result.</summary>
    public static string Join(string basePath, string relative)
    {
        var tail = Normalize(relative);
        return basePath.Length == 0 ? tail : tail.Length == 0 ? basePath : basePath + "/" + tail;
    }

    /// <summary>The parent of a canonical path, or null for the root.</summary>
    public static string? Parent(string path) => path.Length == 0 ? null : path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>The last segment of a canonical path (<c>""</c> for the root).</summary>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static InvalidRepoPathException Invalid(string path, string why) =>
        new($"repository path '{path.Replace("\0", "\\0")}' {why}");
}
