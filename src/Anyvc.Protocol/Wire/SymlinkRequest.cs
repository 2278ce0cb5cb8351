using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tx.symlink</c>: where the link goes and its target (data: never resolved).</summary>
public sealed record SymlinkRequest(string Path, string Target)
{
    /// <summary>The codec: <c>[path, target]</c>.</summary>
    public static IWireCodec<SymlinkRequest> Codec { get; } = Codecs.Record<SymlinkRequest>("[path: str, target: str]", 2,
        static (ref MessagePackWriter writer, SymlinkRequest request) =>
        {
            writer.Write(request.Path);
            writer.Write(request.Target);
        },
        static (ref MessagePackReader reader) => new SymlinkRequest(WireFields.String(ref reader, "path"), WireFields.String(ref reader, "target")));
}
