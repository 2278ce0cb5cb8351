using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Codecs of the contract's plain values and of one-field argument records.</summary>
public static class ContractCodecs
{
    /// <summary>An entry kind: <c>0</c> none, <c>1</c> file, <c>2</c> directory.</summary>
    public static IWireCodec<EntryKind> EntryKind { get; } = new WireCodec<EntryKind>("int (0 none, 1 file, 2 directory)",
        static (ref MessagePackWriter writer, EntryKind kind) => writer.Write((int)kind),
        static (ref MessagePackReader reader) => WireFields.Int64(ref reader, "kind") switch
        {
            0 => Anyvc.EntryKind.None,
            1 => Anyvc.EntryKind.File,
            2 => Anyvc.EntryKind.Directory,
            var other => throw new WireFormatException("kind", $"must be 0, 1 or 2, not {other}"),
        });

    /// <summary>Renames: <c>[[from, to]...]</c>.</summary>
    public static IWireCodec<IReadOnlyList<Rename>> Renames { get; } = new WireCodec<IReadOnlyList<Rename>>("[[from: str, to: str]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<Rename> renames) => WireFields.WriteList(ref writer, renames, static (ref MessagePackWriter w, Rename rename) =>
        {
            w.WriteArrayHeader(2);
            w.Write(rename.From);
            w.Write(rename.To);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "renames", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "rename", 2);
            return new Rename(WireFields.String(ref r, "from"), WireFields.String(ref r, "to"));
        }));

    /// <summary>Arguments that are one string, <c>[name: str]</c>.</summary>
    public static IWireCodec<string> Text(string name) => Codecs.Record<string>($"[{name}: str]", 1,
        static (ref MessagePackWriter writer, string value) => writer.Write(value),
        (ref MessagePackReader reader) => WireFields.String(ref reader, name));
}
