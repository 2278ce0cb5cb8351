using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Codecs of the contract's plain values and of one-field argument records.</summary>
public static class ContractCodecs
{
    /// <summary>An entry kind: <c>0</c> none, <c>1</c> file, <c>2</c> directory, <c>3</c> symbolic link.</summary>
    public static IWireCodec<EntryKind> EntryKind { get; } = new WireCodec<EntryKind>("int (0 none, 1 file, 2 directory, 3 symlink)",
        static (ref MessagePackWriter writer, EntryKind kind) => writer.Write((int)kind),
        static (ref MessagePackReader reader) => WireFields.Int64(ref reader, "kind") switch
        {
            0 => Anyvc.EntryKind.None,
            1 => Anyvc.EntryKind.File,
            2 => Anyvc.EntryKind.Directory,
            3 => Anyvc.EntryKind.Symlink,
            var other => throw new WireFormatException("kind", $"must be 0, 1, 2 or 3, not {other}"),
        });

    /// <summary>Changes: <c>[[path, kind, from|nil]...]</c>, kinds as <see cref="ChangeKind"/> numbers.</summary>
    public static IWireCodec<IReadOnlyList<Change>> Changes { get; } = new WireCodec<IReadOnlyList<Change>>("[[path: str, kind: int, from: str|nil]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<Change> changes) => WireFields.WriteList(ref writer, changes, static (ref MessagePackWriter w, Change change) =>
        {
            w.WriteArrayHeader(3);
            w.Write(change.Path);
            w.Write((int)change.Kind);
            WireFields.WriteOptional(ref w, change.From);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "changes", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "change", 3);
            var path = WireFields.String(ref r, "path");
            var kind = WireFields.Int64(ref r, "kind");
            if (kind is < 0 or > 5)
                throw new WireFormatException("kind", $"must be 0 (added), 1 (modified), 2 (removed), 3 (renamed), 4 (type changed) or 5 (copied), not {kind}");
            var from = WireFields.OptionalString(ref r, "from");
            var moved = kind is 3 or 5;
            if (moved != (from is not null))
                throw new WireFormatException("from", moved ? $"of renamed or copied '{path}' must name its source path" : $"of '{path}' must be nil unless it was renamed or copied");
            return new Change(path, (ChangeKind)kind, from);
        }));

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
