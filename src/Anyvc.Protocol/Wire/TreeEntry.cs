using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>One entry of a directory listing.</summary>
/// <param name="Name">The entry's name (one segment).</param>
/// <param name="Kind">File or directory.</param>
/// <param name="Size">A file's size in bytes; null for a directory.</param>
public readonly record struct TreeEntry(string Name, EntryKind Kind, long? Size)
{
    /// <summary>A listing: <c>[[name, kind, size]...]</c>, kinds as in <see cref="ContractCodecs.EntryKind"/>, size nil for a directory.</summary>
    public static IWireCodec<IReadOnlyList<TreeEntry>> ListCodec { get; } = new WireCodec<IReadOnlyList<TreeEntry>>("[[name: str, kind: int, size: int|nil]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<TreeEntry> entries) => WireFields.WriteList(ref writer, entries, static (ref MessagePackWriter w, TreeEntry entry) =>
        {
            w.WriteArrayHeader(3);
            w.Write(entry.Name);
            w.Write((int)entry.Kind);
            if (entry.Size is { } size)
                w.Write(size);
            else
                w.WriteNil();
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "entries", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "entry", 3);
            var name = WireFields.String(ref r, "name");
            var kind = ContractCodecs.EntryKind.Read(ref r);
            long? size = r.TryReadNil() ? null : WireFields.Int64(ref r, "size");
            if ((kind == EntryKind.File) != (size is not null) || size < 0)
                throw new WireFormatException("size", kind == EntryKind.File ? $"of file '{name}' must be a byte count, not {size?.ToString() ?? "nil"}" : $"of directory '{name}' must be nil");
            return new TreeEntry(name, kind, size);
        }));
}
