using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>A name that points at a revision: a branch and its tip.</summary>
/// <param name="Name">The name.</param>
/// <param name="Id">The full id of the revision it points at.</param>
public sealed record NamedRevision(string Name, string Id)
{
    /// <summary>A list: <c>[[name, id]...]</c>.</summary>
    public static IWireCodec<IReadOnlyList<NamedRevision>> ListCodec { get; } = new WireCodec<IReadOnlyList<NamedRevision>>("[[name: str, id: str]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<NamedRevision> names) => WireFields.WriteList(ref writer, names, static (ref MessagePackWriter w, NamedRevision named) =>
        {
            w.WriteArrayHeader(2);
            w.Write(named.Name);
            w.Write(named.Id);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "names", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "name", 2);
            return new NamedRevision(WireFields.String(ref r, "name"), WireFields.String(ref r, "id"));
        }));
}
