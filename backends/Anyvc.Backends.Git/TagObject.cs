using System.Text;
using Anyvc.Host;

namespace Anyvc.Backends.Git;

/// <summary>
/// Encodes a raw annotated tag object, for the same reason as <see cref="CommitObject"/>: LibGit2Sharp's Signature
/// refuses an empty email, and the message must stay byte-exact.
/// </summary>
internal static class TagObject
{
    public static byte[] Encode(string target, string name, RefChange change)
    {
        var text = new StringBuilder();
        text.Append("object ").Append(target).Append('\n');
        text.Append("type commit\n");
        text.Append("tag ").Append(name).Append('\n');
        text.Append("tagger ").Append(CommitObject.Identity(change.AuthorName, change.AuthorEmail, change.Time)).Append('\n');
        text.Append('\n').Append(change.Message);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
