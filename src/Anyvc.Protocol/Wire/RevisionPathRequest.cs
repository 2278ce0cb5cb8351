using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of a query about one path at one revision (<c>rev.annotate</c>).</summary>
public sealed record RevisionPathRequest(string Revision, string Path)
{
    /// <summary>The codec: <c>[revision, path]</c>.</summary>
    public static IWireCodec<RevisionPathRequest> Codec { get; } = Codecs.Record<RevisionPathRequest>("[revision: str, path: str]", 2,
        static (ref MessagePackWriter writer, RevisionPathRequest request) =>
        {
            writer.Write(request.Revision);
            writer.Write(request.Path);
        },
        static (ref MessagePackReader reader) => new RevisionPathRequest(WireFields.String(ref reader, "revision"), WireFields.String(ref reader, "path")));
}
