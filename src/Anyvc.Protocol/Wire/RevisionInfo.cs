using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Metadata of one revision.</summary>
/// <param name="Id">The full id.</param>
/// <param name="Author"><c>Name &lt;email&gt;</c> or a bare name.</param>
/// <param name="Time">Commit time with the offset the backend kept.</param>
/// <param name="Message">The commit message.</param>
/// <param name="Parents">Parent ids, first parent first.</param>
public sealed record RevisionInfo(string Id, string Author, DateTimeOffset Time, string Message, IReadOnlyList<string> Parents)
{
    /// <summary>The codec: <c>[id, author, time, message, [parent ids]]</c>.</summary>
    public static IWireCodec<RevisionInfo> Codec { get; } = Codecs.Record<RevisionInfo>("[id: str, author: str, time: Time, message: str, parents: [str...]]", 5,
        static (ref MessagePackWriter writer, RevisionInfo info) =>
        {
            writer.Write(info.Id);
            writer.Write(info.Author);
            WireTime.Write(ref writer, info.Time);
            writer.Write(info.Message);
            Codecs.StringList.Write(ref writer, info.Parents);
        },
        static (ref MessagePackReader reader) => new RevisionInfo(
            WireFields.String(ref reader, "id"),
            WireFields.String(ref reader, "author"),
            WireTime.Read(ref reader, "time"),
            WireFields.String(ref reader, "message"),
            WireFields.Nested(ref reader, "parents", Codecs.StringList)),
        name: "result");
}
