using System.Globalization;
using System.Text;
using Anyvc.Host;

namespace Anyvc.Backends.Git;

/// <summary>
/// Encodes a raw git commit object. LibGit2Sharp's Signature refuses an empty email, but git stores a bare-name
/// author as <c>name &lt;&gt;</c>; writing the object ourselves keeps every author and message byte-exact. What git cannot
/// store at all was refused before (<see cref="GitLimits"/>).
/// </summary>
internal static class CommitObject
{
    public static byte[] Encode(string tree, IReadOnlyList<string> parents, CommitRequest request)
    {
        var identity = Identity(request.AuthorName, request.AuthorEmail, request.Time);
        var text = new StringBuilder();
        text.Append("tree ").Append(tree).Append('\n');
        foreach (var parent in parents)
            text.Append("parent ").Append(parent).Append('\n');
        text.Append("author ").Append(identity).Append('\n');
        text.Append("committer ").Append(identity).Append('\n');
        text.Append('\n').Append(request.Message);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>An author, committer or tagger line's value: <c>name &lt;email&gt; seconds +hhmm</c>.</summary>
    public static string Identity(string name, string email, DateTimeOffset time) =>
        $"{name} <{email}> {time.ToUnixTimeSeconds()} {Offset(time.Offset)}";

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{absolute.Hours:00}{absolute.Minutes:00}");
    }
}
