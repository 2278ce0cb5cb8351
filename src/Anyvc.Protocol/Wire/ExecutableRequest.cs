using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Arguments of <c>tx.set-executable</c>: the file and whether its executable bit is set.</summary>
public sealed record ExecutableRequest(string Path, bool Executable)
{
    /// <summary>The codec: <c>[path, executable]</c>.</summary>
    public static IWireCodec<ExecutableRequest> Codec { get; } = Codecs.Record<ExecutableRequest>("[path: str, executable: bool]", 2,
        static (ref MessagePackWriter writer, ExecutableRequest request) =>
        {
            writer.Write(request.Path);
            writer.Write(request.Executable);
        },
        static (ref MessagePackReader reader) => new ExecutableRequest(WireFields.String(ref reader, "path"), WireFields.Boolean(ref reader, "executable")));
}
