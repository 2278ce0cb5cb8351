using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>One entry of a directory listing.</summary>
/// <param name="Name">The entry's name (one segment).</param>
/// <param name="Kind">File or directory.</param>
public readonly record struct TreeEntry(string Name, EntryKind Kind)
{
    /// <summary>A listing: <c>[[name, kind]...]</c>, kinds as in <see cref="ContractCodecs.EntryKind"/>.</summary>
    public static IWireCodec<IReadOnlyList<TreeEntry>> ListCodec { get; } = new WireCodec<IReadOnlyList<TreeEntry>>("[[name: str, kind: int]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<TreeEntry> entries) => WireFields.WriteList(ref writer, entries, static (ref MessagePackWriter w, TreeEntry entry) =>
        {
            w.WriteArrayHeader(2);
            w.Write(entry.Name);
            w.Write((int)entry.Kind);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "entries", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "entry", 2);
            return new TreeEntry(WireFields.String(ref r, "name"), ContractCodecs.EntryKind.Read(ref r));
        }));
}
