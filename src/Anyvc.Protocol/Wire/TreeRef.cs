using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>The tree a tree command reads: <c>[kind, revision]</c>, where only a revision names one.</summary>
/// <param name="Kind">Which kind of tree.</param>
/// <param name="Revision">The revision id for <see cref="TreeKind.Revision"/>, otherwise null.</param>
public readonly record struct TreeRef(TreeKind Kind, string? Revision)
{
    /// <summary>The tree of revision <paramref name="id"/>.</summary>
    public static TreeRef OfRevision(string id) => new(TreeKind.Revision, id);

    /// <summary>The staged tree of the targeted transaction.</summary>
    public static TreeRef OfTransaction { get; } = new(TreeKind.Transaction, null);

    /// <summary>The codec: <c>["revision", id] | ["transaction", nil] | ["workdir", nil]</c>.</summary>
    public static IWireCodec<TreeRef> Codec { get; } = Codecs.Record<TreeRef>("TreeRef", 2,
        static (ref MessagePackWriter writer, TreeRef tree) =>
        {
            writer.Write(tree.Kind.ToString().ToLowerInvariant());
            WireFields.WriteOptional(ref writer, tree.Revision);
        },
        static (ref MessagePackReader reader) =>
        {
            var name = WireFields.String(ref reader, "kind");
            var kind = name switch
            {
                "revision" => TreeKind.Revision,
                "transaction" => TreeKind.Transaction,
                "workdir" => TreeKind.Workdir,
                _ => throw new WireFormatException("kind", $"must be revision, transaction or workdir, not '{name}'"),
            };
            var revision = WireFields.OptionalString(ref reader, "revision");
            if ((kind == TreeKind.Revision) != (revision is not null))
                throw new WireFormatException("revision", kind == TreeKind.Revision ? "must name the revision" : $"must be nil for a {name} tree");
            return new TreeRef(kind, revision);
        },
        name: "");

    /// <inheritdoc />
    public override string ToString() => Revision is null ? Kind.ToString().ToLowerInvariant() : $"revision {Revision}";
}
