using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>
/// Arguments of <c>repo.tag-create</c>: the name, the revision, the tag's message (nil: a plain tag, where the backend
/// has those), and the author and time (nil: now) of the tag or of the revision a backend records for it.
/// </summary>
public sealed record TagRequest(string Name, string Revision, string? Message, string Author, DateTimeOffset? Time)
{
    /// <summary>The codec: <c>[name, revision, message?, author, time?]</c>.</summary>
    public static IWireCodec<TagRequest> Codec { get; } = Codecs.Record<TagRequest>("[name: str, revision: str, message: str?, author: str, time: Time?]", 5,
        static (ref MessagePackWriter writer, TagRequest request) =>
        {
            writer.Write(request.Name);
            writer.Write(request.Revision);
            WireFields.WriteOptional(ref writer, request.Message);
            writer.Write(request.Author);
            WireTime.WriteOptional(ref writer, request.Time);
        },
        static (ref MessagePackReader reader) => new TagRequest(
            WireFields.String(ref reader, "name"), WireFields.String(ref reader, "revision"), WireFields.OptionalString(ref reader, "message"),
            WireFields.String(ref reader, "author"), WireTime.ReadOptional(ref reader, "time")));
}
