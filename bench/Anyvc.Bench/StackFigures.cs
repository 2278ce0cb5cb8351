using System.Diagnostics;
using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.TestChild;

namespace Anyvc.Bench;

/// <summary>The same figures through the whole channel stack to the test child's <c>echo</c> behaviour.</summary>
internal sealed class StackFigures(BenchSettings settings, string program, Placement placement)
{
    /// <summary>The built-in no-op, sent without waiting: the server runs it by name whichever way it is sent.</summary>
    private static readonly Command<Unit, Unit> PostedNoOp = new(BuiltinCommands.NoOp.Name, CommandMode.Posted, TimeoutClass.Quick, Codecs.NoArguments, Codecs.Nothing);

    public GatewayOptions Options => new(program)
    {
        Arguments = ["echo"],
        Wrapper = placement.ChildWrapper,
        DisplayName = $"test child (echo, {placement.Name})",
    };

    /// <summary>No-op round trip: CommandClient → frame → child dispatch → reply → waiting caller.</summary>
    public Latencies RoundTrip(CommandClient client) =>
        Latencies.Measure(settings.RoundTripWarmup, settings.RoundTrips, () => client.Call(BuiltinCommands.NoOp, 0, Unit.Value));

    /// <summary>N posted no-ops (fire-and-forget, the gateway flushes them in batches), then one call that waits for all.</summary>
    public double PipelinedPerSecond(CommandClient client)
    {
        double Run(int count)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
                client.Post(PostedNoOp, 0, 0, Unit.Value);
            client.Call(BuiltinCommands.NoOp, 0, Unit.Value); // replies are ordered: this one comes after every post was run
            return count / clock.Elapsed.TotalSeconds;
        }
        Run(settings.PipelinedMessages / 10);
        return Run(settings.PipelinedMessages);
    }

    /// <summary>
    /// Bytes one way through a data channel in 64 KiB writes (credit-limited to one window), claimed by the child's
    /// <c>upload</c> command with a sink that only counts (the raw child touches no byte either); "get" on its
    /// result box waits until the close arrived, i.e. every byte was consumed.
    /// </summary>
    public double BulkMegabytesPerSecond(CommandClient client)
    {
        var chunk = new byte[BenchSettings.BulkWrite];
        for (var i = 0; i < chunk.Length; i++)
            chunk[i] = (byte)i;
        return Passes.SecondOfTwo(settings.BulkBytes, () =>
        {
            var channel = client.OpenDataChannel();
            var box = client.NewObjectId();
            client.Post(TestCommands.Upload, 0, box, new TestCommands.UploadRequest(channel.Id, Summing: false)); // count only, like the raw child's sink
            using (var stream = channel.AsStream())
            {
                for (long sent = 0; sent < settings.BulkBytes; sent += chunk.Length)
                    stream.Write(chunk);
            }
            if (client.Call(TestCommands.Get, box, Unit.Value) is not object?[] { Length: 2 } result || result[0] is not long received || received != settings.BulkBytes)
                throw new InvalidOperationException($"the child did not receive all {settings.BulkBytes} bytes");
        });
    }

    /// <summary>Gateway.Start until the child's hello was received; the goodbye and reaping are not timed.</summary>
    public Latencies SpawnMilliseconds() => Spawns.Measure(settings, () => Gateway.Start(Options));
}
