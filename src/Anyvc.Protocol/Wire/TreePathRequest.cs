using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tree.stat</c> and <c>tree.list</c>: which tree, and the path in it.</summary>
public sealed record TreePathRequest(TreeRef Tree, string Path)
{
    /// <summary>The codec: <c>[tree, path]</c>.</summary>
    public static IWireCodec<TreePathRequest> Codec { get; } = Codecs.Record<TreePathRequest>("[tree: TreeRef, path: str]", 2,
        static (ref MessagePackWriter writer, TreePathRequest request) =>
        {
            TreeRef.Codec.Write(ref writer, request.Tree);
            writer.Write(request.Path);
        },
        static (ref MessagePackReader reader) => new TreePathRequest(WireFields.Nested(ref reader, "tree", TreeRef.Codec), WireFields.String(ref reader, "path")));
}
