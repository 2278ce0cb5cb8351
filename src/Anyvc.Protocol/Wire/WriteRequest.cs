using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tx.write</c>: the file, and the data channel whose bytes become its content.</summary>
public sealed record WriteRequest(string Path, long Channel)
{
    /// <summary>The codec: <c>[path, channel]</c>.</summary>
    public static IWireCodec<WriteRequest> Codec { get; } = Codecs.Record<WriteRequest>("[path: str, channel: int]", 2,
        static (ref MessagePackWriter writer, WriteRequest request) =>
        {
            writer.Write(request.Path);
            writer.Write(request.Channel);
        },
        static (ref MessagePackReader reader) => new WriteRequest(WireFields.String(ref reader, "path"), WireFields.Int64(ref reader, "channel")));
}
