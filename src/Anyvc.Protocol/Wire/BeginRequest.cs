using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tx.begin</c>: the commit's message, author and time (null: now).</summary>
public sealed record BeginRequest(string Message, string Author, DateTimeOffset? Time)
{
    /// <summary>The codec: <c>[message, author, time?]</c>.</summary>
    public static IWireCodec<BeginRequest> Codec { get; } = Codecs.Record<BeginRequest>("[message: str, author: str, time: Time?]", 3,
        static (ref MessagePackWriter writer, BeginRequest request) =>
        {
            writer.Write(request.Message);
            writer.Write(request.Author);
            WireTime.WriteOptional(ref writer, request.Time);
        },
        static (ref MessagePackReader reader) => new BeginRequest(
            WireFields.String(ref reader, "message"), WireFields.String(ref reader, "author"), WireTime.ReadOptional(ref reader, "time")));
}
