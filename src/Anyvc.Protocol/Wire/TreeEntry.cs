using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>One entry of a directory listing.</summary>
/// <param name="Name">The entry's name (one segment).</param>
/// <param name="Kind">File, directory or symbolic link.</param>
/// <param name="Size">A file's size in bytes (a symbolic link's: its target's length in UTF-8); null for a directory.</param>
/// <param name="Executable">A file with the executable bit set.</param>
public readonly record struct TreeEntry(string Name, EntryKind Kind, long? Size, bool Executable = false)
{
    /// <summary>A listing: <c>[[name, kind, size, executable]...]</c>, kinds as in <see cref="ContractCodecs.EntryKind"/>, size nil for a directory.</summary>
    public static IWireCodec<IReadOnlyList<TreeEntry>> ListCodec { get; } = new WireCodec<IReadOnlyList<TreeEntry>>("[[name: str, kind: int, size: int|nil, executable: bool]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<TreeEntry> entries) => WireFields.WriteList(ref writer, entries, static (ref MessagePackWriter w, TreeEntry entry) =>
        {
            w.WriteArrayHeader(4);
            w.Write(entry.Name);
            w.Write((int)entry.Kind);
            if (entry.Size is { } size)
                w.Write(size);
            else
                w.WriteNil();
            w.Write(entry.Executable);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "entries", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "entry", 4);
            var name = WireFields.String(ref r, "name");
            var kind = ContractCodecs.EntryKind.Read(ref r);
            long? size = r.TryReadNil() ? null : WireFields.Int64(ref r, "size");
            if ((kind != EntryKind.Directory) != (size is not null) || size < 0)
                throw new WireFormatException("size", kind == EntryKind.Directory ? $"of directory '{name}' must be nil" : $"of '{name}' must be a byte count, not {size?.ToString() ?? "nil"}");
            var executable = WireFields.Boolean(ref r, "executable");
            if (executable && kind != EntryKind.File)
                throw new WireFormatException("executable", $"is set on '{name}', which is not a file");
            return new TreeEntry(name, kind, size, executable);
        }));
}
