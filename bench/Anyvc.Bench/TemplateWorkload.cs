using System.Diagnostics;
using System.Text.Json.Nodes;
using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Fixtures;
using Anyvc.Fixtures.Histories;

namespace Anyvc.Bench;

/// <summary>
/// What a test pays for a declared history (<c>long-branchy</c>, 20 revisions over four branches), per backend:
/// building it through the API in the test (the reference) against copying its cached template (cache lookup, copy,
/// open, every name resolved, a first read). Medians in milliseconds, the copy's ratio to the build, and the one-time
/// cost of building the template.
/// </summary>
internal static class TemplateWorkload
{
    private const string History = "long-branchy";

    public static JsonObject RunAll(BenchSettings settings, string workDirectory, TextWriter log)
    {
        var report = new JsonObject { ["history"] = History };
        var file = HistoryFiles.Find(History);
        var steps = HistoryParser.Parse(file);
        foreach (var backend in BackendCatalog.Known)
        {
            log.WriteLine($"bench: templates: {backend.Name}, {settings.TemplateRounds} rounds");
            var work = Path.Combine(workDirectory, "templates", backend.Name);
            using var gateway = Gateway.Start(backend.GatewayOptions(ChildEnvironment.Create(Path.Combine(work, "child"))));
            using var connection = new BackendConnection(new CommandClient(gateway));
            if (!connection.Info.IsAvailable)
            {
                report[backend.Name] = new JsonObject { ["unavailable"] = connection.Info.UnavailableReason };
                continue;
            }
            report[backend.Name] = Run(connection, backend, file, steps, work, settings.TemplateRounds);
        }
        report["matrix"] = TemplateMatrix.Run(settings, workDirectory, log);
        return report;
    }

    private static JsonObject Run(BackendConnection connection, Backend backend, string file, IReadOnlyList<HistoryStep> steps, string work, int rounds)
    {
        var builds = new List<double>();
        for (var round = 0; round < rounds; round++)
            builds.Add(Timed(() =>
            {
                using var repository = connection.CreateRepository(Path.Combine(work, $"built-{round}"));
                HistoryBuilder.Build(repository, steps);
                _ = repository.GetDefaultHead();
            }));
        var result = new JsonObject { ["build_ms"] = Math.Round(Statistics.Median(builds), 2) };
        if (!connection.Info.Supports(Feature.CopyableDirectories))
        {
            result["copy"] = $"none: {connection.Info.Limits.GetValueOrDefault(Feature.CopyableDirectories, "not copyable")}";
            return result;
        }
        var cache = new HistoryTemplates(Path.Combine(work, "cache"));
        var inputs = TemplateInputs.For(file, backend);
        result["template_build_ms"] = Math.Round(Timed(() => cache.Obtain(connection, inputs)), 2);
        var copies = new List<double>();
        for (var round = 0; round < rounds; round++)
            copies.Add(Timed(() =>
            {
                var template = cache.Obtain(connection, inputs);
                var directory = Path.Combine(work, $"copy-{round}");
                TreeCopy.Copy(template.Repository, directory);
                using var repository = connection.OpenRepository(directory);
                foreach (var id in template.Names.Values)
                    _ = repository.GetRevision(id).Id;
                _ = repository.GetDefaultHead();
            }));
        result["copy_ms"] = Math.Round(Statistics.Median(copies), 2);
        result["copy_ratio"] = Math.Round(Statistics.Median(copies) / Statistics.Median(builds), 3);
        result["template_kib"] = Math.Round(TreeCopy.Size(Path.Combine(work, "cache")) / 1024.0, 1);
        return result;
    }

    private static double Timed(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
