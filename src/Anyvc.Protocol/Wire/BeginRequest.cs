using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>
/// Arguments of <c>tx.begin</c>: the commit's message, author and time (null: now); the branch it goes onto (null:
/// the default branch); its parents (null: the branch's tip; empty: a root with no history; two or more: a merge).
/// </summary>
public sealed record BeginRequest(string Message, string Author, DateTimeOffset? Time, string? Branch = null, IReadOnlyList<string>? Parents = null)
{
    /// <summary>The codec: <c>[message, author, time?, branch?, parents?]</c>.</summary>
    public static IWireCodec<BeginRequest> Codec { get; } = Codecs.Record<BeginRequest>("[message: str, author: str, time: Time?, branch: str?, parents: [str]?]", 5,
        static (ref MessagePackWriter writer, BeginRequest request) =>
        {
            writer.Write(request.Message);
            writer.Write(request.Author);
            WireTime.WriteOptional(ref writer, request.Time);
            WireFields.WriteOptional(ref writer, request.Branch);
            if (request.Parents is { } parents)
                Codecs.StringList.Write(ref writer, parents);
            else
                writer.WriteNil();
        },
        static (ref MessagePackReader reader) => new BeginRequest(
            WireFields.String(ref reader, "message"), WireFields.String(ref reader, "author"), WireTime.ReadOptional(ref reader, "time"),
            WireFields.OptionalString(ref reader, "branch"), reader.TryReadNil() ? null : WireFields.Nested(ref reader, "parents", Codecs.StringList)));
}
