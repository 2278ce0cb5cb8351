using System.Buffers.Binary;
using Anyvc.Channels.Processes;

namespace Anyvc.Bench;

/// <summary>
/// The reference: the test child's <c>raw-echo</c> behaviour over a running tool's redirected stdio (BaseStream only,
/// no channel layer). A frame is <c>[int32 LE length][payload]</c>; a negative length asks the child to swallow it.
/// Every send is one write() syscall, like the peer benchmark's raw C#.
/// </summary>
internal sealed class RawEchoChild : IDisposable
{
    private readonly RunningTool process;
    private readonly Stream toChild;
    private readonly Stream fromChild;
    private readonly byte[] replyBuffer = new byte[4 + BenchSettings.RawPayload];

    private RawEchoChild(RunningTool process)
    {
        this.process = process;
        toChild = process.Input;
        fromChild = process.Output;
    }

    /// <summary>Starts the child and waits for its 4-byte ready signal.</summary>
    public static RawEchoChild Start(string program, IReadOnlyList<string> wrapper)
    {
        var child = new RawEchoChild(ToolRunner.Start(ChildCommand.For(wrapper, program, "raw-echo")));
        child.ReadExactly(4);
        return child;
    }

    /// <summary>A frame to echo: the header and payload in one buffer, so it leaves in one write.</summary>
    public static byte[] EchoFrame(int payload) => Frame(payload, swallow: false);

    /// <summary>A frame the child reads and drops.</summary>
    public static byte[] SwallowFrame(int payload) => Frame(payload, swallow: true);

    /// <summary>Sends a whole frame in one write and flushes it.</summary>
    public void Send(byte[] frame)
    {
        toChild.Write(frame);
        toChild.Flush();
    }

    /// <summary>Reads the echo of a frame with <paramref name="payload"/> bytes.</summary>
    public void ReceiveEcho(int payload)
    {
        ReadExactly(4 + payload);
        if (BinaryPrimitives.ReadInt32LittleEndian(replyBuffer) != payload)
            throw new IOException("raw-echo child answered with a wrong length");
    }

    /// <summary>Closes stdin (the child exits at end of input) and reaps it.</summary>
    public void Dispose()
    {
        process.Stop(TimeSpan.FromSeconds(5));
        process.Dispose();
    }

    private static byte[] Frame(int payload, bool swallow)
    {
        var frame = new byte[4 + payload];
        BinaryPrimitives.WriteInt32LittleEndian(frame, swallow ? -payload : payload);
        for (var i = 0; i < payload; i++)
            frame[4 + i] = (byte)('a' + i % 26);
        return frame;
    }

    private void ReadExactly(int count)
    {
        var buffer = count <= replyBuffer.Length ? replyBuffer : new byte[count];
        var done = 0;
        while (done < count)
        {
            var read = fromChild.Read(buffer, done, count - done);
            if (read == 0)
                throw new EndOfStreamException("raw-echo child closed its output");
            done += read;
        }
    }
}
