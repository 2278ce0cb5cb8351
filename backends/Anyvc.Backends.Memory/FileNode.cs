using System.Security.Cryptography;
using System.Text;

namespace Anyvc.Backends.Memory;

/// <summary>A file or symbolic link (whose content is its target): its bytes and mode, never changed after construction.</summary>
internal sealed class FileNode(byte[] content, EntryKind kind = EntryKind.File, bool executable = false) : TreeNode(HashOf(content, kind, executable))
{
    /// <summary>The content; callers must not write to it.</summary>
    public byte[] Content { get; } = content;

    /// <summary>A file with its executable bit set.</summary>
    public bool Executable { get; } = executable && kind == EntryKind.File;

    public override EntryKind Kind { get; } = kind;

    public override byte[] Recompute() => HashOf(Content, Kind, Executable);

    /// <summary>
    /// git's blob id for a regular file, so its hash can be checked with <c>git hash-object</c>; for an executable file
    /// or a link, that id under a mode marker, so a mode change is a change.
    /// </summary>
    private static byte[] HashOf(byte[] content, EntryKind kind, bool executable)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(Encoding.ASCII.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"blob {content.Length}\0")));
        sha.AppendData(content);
        var blob = sha.GetHashAndReset();
        if (kind == EntryKind.File && !executable)
            return blob;
        sha.AppendData(kind == EntryKind.Symlink ? "link "u8 : "exec "u8);
        sha.AppendData(blob);
        return sha.GetHashAndReset();
    }
}
