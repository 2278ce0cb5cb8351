using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Framing;

namespace Anyvc.TestChild;

/// <summary>
/// Serves echo over an unprotected stdout, and <c>garbage [variant]</c> writes bytes that break the protocol:
/// <c>text</c>, <c>bad-kind</c>, <c>truncated</c>, <c>too-long</c>, <c>bad-msgpack</c>, <c>unknown-channel</c>,
/// <c>deep-nesting</c> and <c>long-string</c> (MessagePack that overruns a decoder), and <c>half-frame</c> (a header
/// promising 4 MiB, then nothing more of that frame).
/// </summary>
internal sealed class GarbageBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var stdout = Console.OpenStandardOutput();
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.Garbage, (_, variant) =>
        {
            stdout.Write(Variant(variant));
            stdout.Flush();
            if (variant == "truncated")
                Environment.Exit(0);
            return Unit.Value;
        });
        return new ChildHost("test-child", server).Serve(Console.OpenStandardInput(), stdout);
    }

    /// <summary>
    /// Opens channel 2 and sends <paramref name="payload"/> on it: nobody receives there, so the parent decodes the
    /// whole value as it queues it.
    /// </summary>
    private static byte[] OnNewChannel(byte[] payload) =>
        [.. Frame(FrameKind.Open, MsgPackValue.Encode("garbage")), .. Frame(FrameKind.Message, payload)];

    private static byte[] Frame(FrameKind kind, byte[] payload)
    {
        var frame = new byte[FrameHeader.Size + payload.Length];
        new FrameHeader(kind, 2, payload.Length).Write(frame);
        payload.CopyTo(frame, FrameHeader.Size);
        return frame;
    }

    private static byte[] Variant(string name)
    {
        var frame = new byte[FrameHeader.Size + 1];
        switch (name)
        {
            case "text": return "Hello from a tool that printed to stdout\n"u8.ToArray();
            case "bad-kind":
                new FrameHeader(FrameKind.Message, 1, 0).Write(frame);
                frame[1] = 0x7F;
                return frame[..FrameHeader.Size];
            case "truncated": return [FrameHeader.Magic, (byte)FrameKind.Message, 1, 0];
            case "too-long":
                new FrameHeader(FrameKind.Message, 1, 0).Write(frame);
                BitConverter.TryWriteBytes(frame.AsSpan(6), FrameHeader.MaxPayloadLength + 1);
                return frame[..FrameHeader.Size];
            case "bad-msgpack":
                new FrameHeader(FrameKind.Message, 1, 1).Write(frame);
                frame[FrameHeader.Size] = 0xC1; // the one byte MessagePack never uses
                return frame;
            case "unknown-channel":
                new FrameHeader(FrameKind.Message, 999, 1).Write(frame);
                frame[FrameHeader.Size] = 0xC0;
                return frame;
            case "deep-nesting":
                return OnNewChannel(Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0xC0).ToArray());
            case "long-string":
                return OnNewChannel([0xDB, 0x7F, 0xFF, 0xFF, 0xF0, (byte)'x']); // str32 claiming 2 GiB, 1 byte present
            case "half-frame":
                new FrameHeader(FrameKind.Message, 1, FrameHeader.MaxPayloadLength).Write(frame);
                frame[FrameHeader.Size] = 0x93;
                return frame;
            default: throw new ArgumentException($"unknown garbage variant '{name}'");
        }
    }
}
