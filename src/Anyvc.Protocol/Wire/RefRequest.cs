using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>
/// Arguments of a change to a name (create or delete a branch): the name, the revision it is to point at (nil for a
/// delete), and the message, author and time (nil: now) of the revision a backend without lightweight names records.
/// </summary>
public sealed record RefRequest(string Name, string? Revision, string Message, string Author, DateTimeOffset? Time)
{
    /// <summary>The codec: <c>[name, revision?, message, author, time?]</c>.</summary>
    public static IWireCodec<RefRequest> Codec { get; } = Codecs.Record<RefRequest>("[name: str, revision: str?, message: str, author: str, time: Time?]", 5,
        static (ref MessagePackWriter writer, RefRequest request) =>
        {
            writer.Write(request.Name);
            WireFields.WriteOptional(ref writer, request.Revision);
            writer.Write(request.Message);
            writer.Write(request.Author);
            WireTime.WriteOptional(ref writer, request.Time);
        },
        static (ref MessagePackReader reader) => new RefRequest(
            WireFields.String(ref reader, "name"), WireFields.OptionalString(ref reader, "revision"), WireFields.String(ref reader, "message"),
            WireFields.String(ref reader, "author"), WireTime.ReadOptional(ref reader, "time")));
}
