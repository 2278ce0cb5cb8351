using System.Diagnostics;
using System.Runtime.InteropServices;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using Anyvc.TestSupport;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

/// <summary>
/// The parent fed hostile frames by a fake child: valid traffic (a hello, a reply, a stream on a channel of the
/// child's) mutated by <see cref="FrameMutator"/>. Every call ends within its deadline and a second, every failure is
/// a channel error (never another exception, never a crash), and memory stays bounded. A short run here;
/// <c>ANYVC_FUZZ_CASES=100000</c> runs the long one.
/// </summary>
public class FuzzTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(100);

    [Test]
    public void TheParentSurvivesMutatedFramesFromAChild()
    {
        var cases = Campaign.Size("ANYVC_FUZZ_CASES", 400);
        var template = Template();
        var lateCalls = 0;
        var lateCases = 0;
        var slowestCall = TimeSpan.Zero;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var gate = new object();
        var first = Campaign.FirstSeed;
        Parallel.For(first, first + cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, seed =>
        {
            // A valid reply to the call follows the hostile bytes: a case the parent survived ends at once.
            byte[] stream = [.. new FrameMutator(seed).Mutate(template), .. template[1]];
            var whole = Stopwatch.StartNew();
            var call = TimeSpan.Zero;
            try
            {
                using var gateway = Gateway.StartInProcess("fuzz-child", (input, output) => Replay(stream, input, output),
                    new GatewayOptions("fuzz-child") { CallTimeout = Deadline, StartTimeout = Deadline, ExitTimeout = Deadline });
                using var client = new CommandClient(gateway);
                var clock = Stopwatch.StartNew();
                try
                {
                    client.Call(Echo, 0, "x");
                }
                finally
                {
                    call = clock.Elapsed;
                }
            }
            catch (ChannelException)
            {
                // what a broken or silent peer must cause, and nothing else
            }
            catch (Exception other)
            {
                throw new AssertionException($"seed {seed}: the parent threw {other.GetType().Name}, not a channel error: {other}");
            }
            if (whole.Elapsed > TimeSpan.FromSeconds(2))
                TestContext.Progress.WriteLine($"seed {seed}: {whole.Elapsed.TotalSeconds:0.0} s (call {call.TotalMilliseconds:0} ms)");
            lock (gate)
            {
                slowestCall = call > slowestCall ? call : slowestCall;
                lateCalls += call > Deadline + TimeSpan.FromSeconds(1) ? 1 : 0;
                lateCases += whole.Elapsed > Deadline * 3 + TimeSpan.FromSeconds(1) ? 1 : 0;
                if (seed % 500 == 0)
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - baseline);
            }
        });
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        TestContext.Out.WriteLine($"{cases} cases; slowest call {slowestCall.TotalMilliseconds:0} ms (deadline {Deadline.TotalMilliseconds:0} ms); {lateCalls} calls and {lateCases} cases past their deadlines by more than 1 s; peak memory growth {peak >> 20} MiB");
        Assert.That(lateCalls, Is.Zero, "calls that outlived their deadline by more than a second");
        Assert.That(lateCases, Is.Zero, "cases that outlived their start, call and exit deadlines by more than a second");
        Assert.That(peak, Is.LessThan(256L << 20), "memory growth");
    }

    /// <summary>Child → parent traffic of one session: hello, the reply to call 1, a channel of the child's with data, credit, close.</summary>
    private static IReadOnlyList<byte[]> Template() =>
    [
        Frame(FrameKind.Hello, 0, MsgPackValue.Encode(new Hello(Protocol.Version, 4242, "fuzz-child", new Dictionary<string, object?> { ["k"] = 1L }).ToWire())),
        Frame(FrameKind.Message, 1, MsgPackValue.Encode(new object?[] { 1L, true, "x" })),
        Frame(FrameKind.Open, 2, MsgPackValue.Encode(Protocol.DataService)),
        Frame(FrameKind.Data, 2, "some stream bytes"u8.ToArray()),
        Frame(FrameKind.Credit, 1, MsgPackValue.Encode(1024L)),
        Frame(FrameKind.Message, 2, MsgPackValue.Encode(new object?[] { "a message", new byte[] { 1, 2 } })),
        Frame(FrameKind.CloseWithError, 2, MsgPackValue.Encode(new object?[] { "T", "m", "", "error" })),
        Frame(FrameKind.Close, 2, []),
    ];

    /// <summary>The fake child: sends the stream, then reads what the parent sends until its goodbye or the end.</summary>
    private static int Replay(byte[] stream, Stream input, Stream output)
    {
        try
        {
            output.Write(stream);
            output.Flush();
            var seen = new List<byte>();
            var buffer = new byte[4096];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                seen.AddRange(buffer.AsSpan(0, read));
                if (Goodbye.Length <= seen.Count && CollectionsMarshal.AsSpan(seen).IndexOf(Goodbye) >= 0)
                    break;
            }
        }
        catch (IOException)
        {
            // the parent closed the pipes: the case is over
        }
        return 0;
    }

    private static readonly byte[] Goodbye = Frame(FrameKind.Goodbye, 0, []);

    private static byte[] Frame(FrameKind kind, uint channel, byte[] payload)
    {
        var frame = new byte[FrameHeader.Size + payload.Length];
        new FrameHeader(kind, channel, payload.Length).Write(frame);
        payload.CopyTo(frame, FrameHeader.Size);
        return frame;
    }
}
