using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tree.read</c>: which tree, the file, and the data channel its content streams back on.</summary>
public sealed record TreeReadRequest(TreeRef Tree, string Path, long Channel)
{
    /// <summary>The codec: <c>[tree, path, channel]</c>.</summary>
    public static IWireCodec<TreeReadRequest> Codec { get; } = Codecs.Record<TreeReadRequest>("[tree: TreeRef, path: str, channel: int]", 3,
        static (ref MessagePackWriter writer, TreeReadRequest request) =>
        {
            TreeRef.Codec.Write(ref writer, request.Tree);
            writer.Write(request.Path);
            writer.Write(request.Channel);
        },
        static (ref MessagePackReader reader) => new TreeReadRequest(
            WireFields.Nested(ref reader, "tree", TreeRef.Codec), WireFields.String(ref reader, "path"), WireFields.Int64(ref reader, "channel")));
}
