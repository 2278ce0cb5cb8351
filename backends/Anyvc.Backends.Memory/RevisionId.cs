using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Anyvc.Backends.Memory;

/// <summary>
/// A revision's id: SHA-1 of a canonical encoding of everything it records, so the same commit made twice, in any
/// repository, gets the same id (as in git).
/// </summary>
internal static class RevisionId
{
    /// <summary>The length of a full id in hex digits.</summary>
    public const int Length = 40;

    public static string Compute(DirectoryNode root, IReadOnlyList<string> parents, string author, DateTimeOffset time, string message)
    {
        var text = new StringBuilder();
        text.Append("tree ").Append(Convert.ToHexStringLower(root.Hash)).Append('\n');
        foreach (var parent in parents)
            text.Append("parent ").Append(parent).Append('\n');
        AppendCounted(text, "author", author);
        text.Append(CultureInfo.InvariantCulture, $"time {time.ToUnixTimeSeconds()} {(long)time.Offset.TotalMinutes}\n");
        AppendCounted(text, "message", message);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Free text preceded by its length in bytes, so no text can imitate the fields after it.</summary>
    private static void AppendCounted(StringBuilder text, string field, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"{field} {Encoding.UTF8.GetByteCount(value)}\n").Append(value).Append('\n');
}
