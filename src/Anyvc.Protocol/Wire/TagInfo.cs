using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>A tag: its name, the revision it names, and its own message, author and time where it has them.</summary>
/// <param name="Name">The tag name.</param>
/// <param name="Target">The full id of the revision it names.</param>
/// <param name="Message">Its message (<see cref="Feature.AnnotatedTags"/>), or null.</param>
/// <param name="Author">Its author in canonical form, or null.</param>
/// <param name="Time">Its time, or null.</param>
public sealed record TagInfo(string Name, string Target, string? Message, string? Author, DateTimeOffset? Time)
{
    /// <summary>The codec of one tag: <c>[name, target, message?, author?, time?]</c>.</summary>
    public static IWireCodec<TagInfo> Codec { get; } = Codecs.Record<TagInfo>("[name: str, target: str, message: str?, author: str?, time: Time?]", 5,
        static (ref MessagePackWriter writer, TagInfo tag) => Write(ref writer, tag),
        static (ref MessagePackReader reader) => Read(ref reader), "tag");

    /// <summary>A list of tags.</summary>
    public static IWireCodec<IReadOnlyList<TagInfo>> ListCodec { get; } = new WireCodec<IReadOnlyList<TagInfo>>("[[name, target, message?, author?, time?]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<TagInfo> tags) => WireFields.WriteList(ref writer, tags, static (ref MessagePackWriter w, TagInfo tag) =>
        {
            w.WriteArrayHeader(5);
            Write(ref w, tag);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "tags", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "tag", 5);
            return Read(ref r);
        }));

    private static void Write(ref MessagePackWriter writer, TagInfo tag)
    {
        writer.Write(tag.Name);
        writer.Write(tag.Target);
        WireFields.WriteOptional(ref writer, tag.Message);
        WireFields.WriteOptional(ref writer, tag.Author);
        WireTime.WriteOptional(ref writer, tag.Time);
    }

    private static TagInfo Read(ref MessagePackReader reader) => new(
        WireFields.String(ref reader, "name"), WireFields.String(ref reader, "target"), WireFields.OptionalString(ref reader, "message"),
        WireFields.OptionalString(ref reader, "author"), WireTime.ReadOptional(ref reader, "time"));
}
