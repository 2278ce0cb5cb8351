using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of a question about two revisions (<c>repo.merge-base</c>, <c>repo.is-ancestor</c>).</summary>
public sealed record RevisionPairRequest(string First, string Second)
{
    /// <summary>The codec: <c>[first, second]</c>.</summary>
    public static IWireCodec<RevisionPairRequest> Codec { get; } = Codecs.Record<RevisionPairRequest>("[first: str, second: str]", 2,
        static (ref MessagePackWriter writer, RevisionPairRequest request) =>
        {
            writer.Write(request.First);
            writer.Write(request.Second);
        },
        static (ref MessagePackReader reader) => new RevisionPairRequest(WireFields.String(ref reader, "first"), WireFields.String(ref reader, "second")));
}
