using System.Text.Json.Nodes;
using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Fixtures;

namespace Anyvc.Bench;

/// <summary>backends.json: child memory (P8), commit times, hg command server vs spawning (P5), conformance suite times (P6, P7).</summary>
internal sealed class BackendBench(BenchSettings settings, string workDirectory, TextWriter log)
{
    public JsonObject Run()
    {
        var report = new JsonObject();
        var memory = new JsonObject();
        var helpers = new JsonObject();
        var commits = new JsonObject();
        foreach (var backend in BackendCatalog.Known)
        {
            log.WriteLine($"bench: backends: {backend.Name} child memory");
            var environment = ChildEnvironment.Create(Path.Combine(workDirectory, "children", backend.Name));
            var measured = ChildMemory.Measure(backend, environment, Path.Combine(workDirectory, "repos", backend.Name));
            memory[backend.Name] = Math.Round(measured.ChildMiB, 1);
            commits[backend.Name] = Math.Round(measured.CommitMs, 2);
            if (measured.Helpers.Count > 0)
            {
                helpers[backend.Name] = Math.Round(measured.HelpersMiB, 1);
                log.WriteLine($"bench: {backend.Name} child's own processes: {string.Join("; ", measured.Helpers)}");
            }
        }

        log.WriteLine("bench: backends: hg command server vs one hg process per operation");
        var (serverMs, spawnMs) = MeasureHg();
        report["hg_op_cmdserver_ms"] = Math.Round(serverMs, 3);
        report["hg_op_spawn_ms"] = Math.Round(spawnMs, 2);
        report["hg_cmdserver_speedup"] = Math.Round(spawnMs / serverMs, 1);

        var suites = new SuiteBench(settings, Path.Combine(workDirectory, "trx"), log).Run();
        foreach (var (name, value) in suites)
            report[name] = value?.DeepClone();

        report["commit_ms"] = commits;
        report["child_rss_mib"] = memory;
        // Processes a child started itself (hg's command server), not counted in the child's own VmRSS.
        report["child_helpers_rss_mib"] = helpers;
        report["targets"] = Targets(report, memory);
        return report;
    }

    /// <summary>P5 on the repository the hg child's memory workload left (ten commits).</summary>
    private (double CommandServerMs, double SpawnMs) MeasureHg()
    {
        var hg = BackendCatalog.Named("hg");
        using var gateway = Gateway.Start(hg.GatewayOptions(ChildEnvironment.Create(Path.Combine(workDirectory, "children", "hg-p5"))));
        using var connection = new BackendConnection(new CommandClient(gateway));
        return HgOperations.Measure(connection.OpenRepository(Path.Combine(workDirectory, "repos", "hg")), settings.HgIterations);
    }

    private static JsonObject Targets(JsonObject report, JsonObject memory)
    {
        var suites = report["suite_seconds"]!.AsObject();
        return new JsonObject
        {
            ["P5_hg_cmdserver_ge_50x"] = report["hg_cmdserver_speedup"]!.GetValue<double>() >= 50,
            ["P6_child_le_1_25x_inprocess"] = suites.All(s => s.Value!["ratio"]!.GetValue<double>() <= 1.25),
            ["P7_matrix_lt_60s"] = report["matrix_s"]!.GetValue<double>() < 60,
            ["P8_child_rss_le_80mib"] = memory.All(m => m.Value!.GetValue<double>() <= 80),
        };
    }
}
