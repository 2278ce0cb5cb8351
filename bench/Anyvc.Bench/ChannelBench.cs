using System.Text.Json.Nodes;
using Anyvc.Channels;
using Anyvc.Channels.Commands;

namespace Anyvc.Bench;

/// <summary>
/// One placement's block of channels.json: each stack figure measured right after its raw reference, in the same
/// placement and the same run, so the ratios compare like with like.
/// </summary>
internal sealed class ChannelBench(BenchSettings settings, string testChild, Placement placement, TextWriter log)
{
    public JsonObject Run()
    {
        placement.Apply();
        var raw = new RawFigures(settings, testChild, placement);
        var stack = new StackFigures(settings, testChild, placement);
        var figures = new JsonObject();

        using (var rawChild = RawEchoChild.Start(testChild, placement.ChildWrapper))
        using (var gateway = Gateway.Start(stack.Options))
        using (var client = new CommandClient(gateway))
        {
            Step("round trip");
            var rawTrip = raw.RoundTrip(rawChild);
            var stackTrip = stack.RoundTrip(client);
            figures["roundtrip_p50_us"] = Round(stackTrip.Percentile(0.50), 2);
            figures["roundtrip_p99_us"] = Round(stackTrip.Percentile(0.99), 2);
            figures["raw_roundtrip_p50_us"] = Round(rawTrip.Percentile(0.50), 2);
            figures["raw_roundtrip_p99_us"] = Round(rawTrip.Percentile(0.99), 2);

            Step("pipelined");
            figures["raw_pipelined_msgs_per_s"] = Round(raw.PipelinedPerSecond(rawChild), 0);
            figures["pipelined_msgs_per_s"] = Round(stack.PipelinedPerSecond(client), 0);
            figures["raw_batched_pipelined_msgs_per_s"] = Round(raw.BatchedPipelinedPerSecond(rawChild), 0);

            Step("bulk");
            figures["raw_bulk_mb_per_s"] = Round(raw.BulkMegabytesPerSecond(rawChild), 0);
            figures["bulk_mb_per_s"] = Round(stack.BulkMegabytesPerSecond(client), 0);
        }

        Step("spawn");
        figures["raw_spawn_p50_ms"] = Round(raw.SpawnMilliseconds().Percentile(0.50), 2);
        figures["spawn_hello_p50_ms"] = Round(stack.SpawnMilliseconds().Percentile(0.50), 2);

        AddRatiosAndTargets(figures);
        return figures;
    }

    /// <summary>
    /// Each ratio is oriented like its target: round trip and spawn are "stack time / raw time" (lower is better,
    /// P1 ≤ 2, P4 ≤ 1.5); pipelined and bulk are "stack rate / raw rate" (higher is better, P2 and P3 ≥ 0.5).
    /// </summary>
    private static void AddRatiosAndTargets(JsonObject figures)
    {
        double Get(string name) => figures[name]!.GetValue<double>();
        var roundTrip = Get("roundtrip_p50_us") / Get("raw_roundtrip_p50_us");
        var pipelined = Get("pipelined_msgs_per_s") / Get("raw_pipelined_msgs_per_s");
        var bulk = Get("bulk_mb_per_s") / Get("raw_bulk_mb_per_s");
        var spawn = Get("spawn_hello_p50_ms") / Get("raw_spawn_p50_ms");
        figures["roundtrip_ratio_vs_raw"] = Round(roundTrip, 2);
        figures["pipelined_ratio_vs_raw"] = Round(pipelined, 2);
        figures["bulk_ratio_vs_raw"] = Round(bulk, 2);
        figures["spawn_ratio_vs_raw"] = Round(spawn, 2);
        figures["targets"] = new JsonObject
        {
            ["P1_roundtrip_le_2x_raw"] = roundTrip <= 2.0,
            ["P2_pipelined_ge_half_raw"] = pipelined >= 0.5,
            ["P3_bulk_ge_half_raw"] = bulk >= 0.5,
            ["P4_spawn_le_1_5x_raw"] = spawn <= 1.5,
        };
    }

    private void Step(string figure) => log.WriteLine($"bench: channels/{placement.Name}: {figure}");

    private static double Round(double value, int digits) => Math.Round(value, digits);
}
