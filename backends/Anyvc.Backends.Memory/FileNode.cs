using System.Security.Cryptography;
using System.Text;

namespace Anyvc.Backends.Memory;

/// <summary>A file: its bytes, never changed after construction.</summary>
internal sealed class FileNode(byte[] content) : TreeNode(HashOf(content))
{
    /// <summary>The content; callers must not write to it.</summary>
    public byte[] Content { get; } = content;

    public override EntryKind Kind => EntryKind.File;

    public override byte[] Recompute() => HashOf(Content);

    /// <summary>git's blob id, so a file's hash can be checked with <c>git hash-object</c>.</summary>
    private static byte[] HashOf(byte[] content)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(Encoding.ASCII.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"blob {content.Length}\0")));
        sha.AppendData(content);
        return sha.GetHashAndReset();
    }
}
