using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tx.rename</c>: both paths from the root.</summary>
public sealed record RenameRequest(string From, string To)
{
    /// <summary>The codec: <c>[from, to]</c>.</summary>
    public static IWireCodec<RenameRequest> Codec { get; } = Codecs.Record<RenameRequest>("[from: str, to: str]", 2,
        static (ref MessagePackWriter writer, RenameRequest request) =>
        {
            writer.Write(request.From);
            writer.Write(request.To);
        },
        static (ref MessagePackReader reader) => new RenameRequest(WireFields.String(ref reader, "from"), WireFields.String(ref reader, "to")));
}
