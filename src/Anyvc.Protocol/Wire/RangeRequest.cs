using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of a comparison of two revisions, optionally limited to paths (<c>repo.changes</c>, <c>repo.diff</c>).</summary>
/// <param name="From">The older side's revision, or null for the empty tree.</param>
/// <param name="To">The newer side's revision.</param>
/// <param name="Paths">Files or directories to limit the comparison to; empty for the whole tree.</param>
public sealed record RangeRequest(string? From, string To, IReadOnlyList<string> Paths)
{
    /// <summary>The codec: <c>[from, to, [path...]]</c>.</summary>
    public static IWireCodec<RangeRequest> Codec { get; } = Codecs.Record<RangeRequest>("[from: str|nil, to: str, paths: [str]]", 3,
        static (ref MessagePackWriter writer, RangeRequest request) =>
        {
            WireFields.WriteOptional(ref writer, request.From);
            writer.Write(request.To);
            Codecs.StringList.Write(ref writer, request.Paths);
        },
        static (ref MessagePackReader reader) => new RangeRequest(
            WireFields.OptionalString(ref reader, "from"),
            WireFields.String(ref reader, "to"),
            WireFields.Nested(ref reader, "paths", Codecs.StringList)));
}
