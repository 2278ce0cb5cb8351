using System.Diagnostics;

namespace Anyvc.Bench;

/// <summary>The reference figures over plain length-prefixed frames to the <c>raw-echo</c> child.</summary>
internal sealed class RawFigures(BenchSettings settings, string program, Placement placement)
{
    /// <summary>Synchronous ping-pong: one write + flush, then a blocking read of the echo.</summary>
    public Latencies RoundTrip(RawEchoChild child)
    {
        var frame = RawEchoChild.EchoFrame(BenchSettings.RawPayload);
        return Latencies.Measure(settings.RoundTripWarmup, settings.RoundTrips, () =>
        {
            child.Send(frame);
            child.ReceiveEcho(BenchSettings.RawPayload);
        });
    }

    /// <summary>N swallowed frames back to back (one write each), then one echo to know all were read.</summary>
    public double PipelinedPerSecond(RawEchoChild child) => Pipelined(child, framesPerWrite: 1);

    /// <summary>
    /// Not a target's reference, shown for scale: the same swallowed frames packed into 64 KiB writes (many frames
    /// per syscall), which is what the channel layer's batched flushes do with posted commands.
    /// </summary>
    public double BatchedPipelinedPerSecond(RawEchoChild child) =>
        Pipelined(child, BenchSettings.BulkWrite / RawEchoChild.SwallowFrame(BenchSettings.RawPayload).Length);

    /// <summary>Swallowed frames, <paramref name="framesPerWrite"/> per write(), then one echo; the second of two passes.</summary>
    private double Pipelined(RawEchoChild child, int framesPerWrite)
    {
        var swallow = RawEchoChild.SwallowFrame(BenchSettings.RawPayload);
        var batch = new byte[framesPerWrite * swallow.Length];
        for (var i = 0; i < framesPerWrite; i++)
            swallow.CopyTo(batch, i * swallow.Length);
        var echo = RawEchoChild.EchoFrame(0);
        double Run(int count)
        {
            var clock = Stopwatch.StartNew();
            var sent = 0;
            for (; sent + framesPerWrite <= count; sent += framesPerWrite)
                child.Send(batch);
            for (; sent < count; sent++)
                child.Send(swallow);
            child.Send(echo);
            child.ReceiveEcho(0);
            return count / clock.Elapsed.TotalSeconds;
        }
        Run(settings.PipelinedMessages / 10);
        return Run(settings.PipelinedMessages);
    }

    /// <summary>Bulk bytes as swallowed 64 KiB frames (header included in the write), then one echo; the second of two passes.</summary>
    public double BulkMegabytesPerSecond(RawEchoChild child)
    {
        var frame = RawEchoChild.SwallowFrame(BenchSettings.BulkWrite - 4);
        var echo = RawEchoChild.EchoFrame(0);
        return Passes.SecondOfTwo(settings.BulkBytes, () =>
        {
            for (long sent = 0; sent < settings.BulkBytes; sent += frame.Length)
                child.Send(frame);
            child.Send(echo);
            child.ReceiveEcho(0);
        });
    }

    /// <summary>Process start until the ready signal has been read; reaping is not timed.</summary>
    public Latencies SpawnMilliseconds() =>
        Spawns.Measure(settings, () => RawEchoChild.Start(program, placement.ChildWrapper));
}
