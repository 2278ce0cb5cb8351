using Anyvc.Channels;
using Anyvc.Channels.Framing;

namespace Anyvc.TestChild;

/// <summary>Says hello with protocol version 99, then waits for its stdin to close.</summary>
internal sealed class WrongVersionBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var payload = MsgPackValue.Encode(new Hello(99, Environment.ProcessId, "future-child", new Dictionary<string, object?>()).ToWire());
        var frame = new byte[FrameHeader.Size + payload.Length];
        new FrameHeader(FrameKind.Hello, 0, payload.Length).Write(frame);
        payload.CopyTo(frame, FrameHeader.Size);
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(frame);
        stdout.Flush();
        Console.OpenStandardInput().CopyTo(Stream.Null);
        return 0;
    }
}
