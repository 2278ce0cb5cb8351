using Anyvc.Host;

namespace Anyvc.Backends.Git;

/// <summary>
/// What git (through LibGit2Sharp) cannot store, refused before anything is written, each with the value and the
/// limit: a message ends at a NUL; an author's name and email may not hold angle brackets, line breaks or NUL;
/// <c>git fsck</c> rejects commit times before 1970 (badDateOverflow); LibGit2Sharp refuses a path segment made only
/// of whitespace.
/// </summary>
internal static class GitLimits
{
    /// <exception cref="FeatureNotSupportedException">The message, author or time cannot be stored.</exception>
    /// <exception cref="InvalidRepoPathException">A path cannot be stored.</exception>
    public static void Check(CommitRequest request)
    {
        if (request.Message.Contains('\0'))
            throw new FeatureNotSupportedException($"git cannot store a commit message containing NUL (the message ends there): {Shown(request.Message)}");
        foreach (var (part, what) in new[] { (request.AuthorName, "name"), (request.AuthorEmail, "email") })
            if (part.IndexOfAny(['<', '>', '\n', '\0']) >= 0)
                throw new FeatureNotSupportedException($"git cannot store an author {what} containing '<', '>', a line break or NUL: {Shown(part)}");
        if (request.Time < DateTimeOffset.UnixEpoch)
            throw new FeatureNotSupportedException($"git cannot store a commit time before 1970-01-01 (git fsck rejects it as badDateOverflow): {request.Time:O}");
        foreach (var file in request.Files)
            if (file.Path.Split('/').Any(string.IsNullOrWhiteSpace))
                throw new InvalidRepoPathException($"git (through LibGit2Sharp) cannot store the path '{file.Path}': a segment is only whitespace");
    }

    private static string Shown(string text) =>
        (text.Length > 80 ? text[..80] + "…" : text).Replace("\0", "\\0").Replace("\n", "\\n");
}
