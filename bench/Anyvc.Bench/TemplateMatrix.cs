using System.Text.Json.Nodes;
using Anyvc.Fixtures;
using Anyvc.Fixtures.Histories;
using Anyvc.TestSupport;

namespace Anyvc.Bench;

/// <summary>
/// The whole matrix with declared histories built in every test (<c>ANYVC_FIXTURE_CACHE=off</c>, the reference)
/// against the same suite copying cached templates: once with an empty cache (the first run on a machine builds
/// them) and then warm, alternating with the reference. TRX session seconds, medians, ratios to the reference.
/// </summary>
internal static class TemplateMatrix
{
    public static JsonObject Run(BenchSettings settings, string workDirectory, TextWriter log)
    {
        var root = BuildLayout.RepositoryRoot;
        var all = string.Join(',', BackendCatalog.Known.Select(b => b.Name));
        var results = Path.Combine(workDirectory, "template-matrix");
        var cache = Path.Combine(workDirectory, "template-cache");
        var cached = new Dictionary<string, string?> { [HistoryTemplates.CacheVariable] = cache };
        log.WriteLine("bench: templates: whole matrix, empty cache");
        var cold = SuiteRun.Execute(root, all, inProcess: false, results, cached);
        var off = new List<SuiteRun>();
        var warm = new List<SuiteRun>();
        for (var i = 0; i < settings.SuiteRepetitions; i++)
        {
            log.WriteLine($"bench: templates: whole matrix without and with the cache, run {i + 1}/{settings.SuiteRepetitions}");
            off.Add(SuiteRun.Execute(root, all, inProcess: false, results, new Dictionary<string, string?> { [HistoryTemplates.CacheVariable] = "off" }));
            warm.Add(SuiteRun.Execute(root, all, inProcess: false, results, cached));
        }
        var reference = Median(off);
        return new JsonObject
        {
            ["built_per_test_s"] = Math.Round(reference, 2),
            ["empty_cache_s"] = Math.Round(cold.Seconds, 2),
            ["empty_cache_ratio"] = Math.Round(cold.Seconds / reference, 2),
            ["warm_cache_s"] = Math.Round(Median(warm), 2),
            ["warm_cache_ratio"] = Math.Round(Median(warm) / reference, 2),
            ["tests"] = $"{warm[^1].Passed} passed, {warm[^1].Failed} failed, {warm[^1].Skipped} skipped",
            ["timing"] = $"TRX Times start..finish of 'dotnet test --no-build' over every backend, median of {settings.SuiteRepetitions}",
        };
    }

    private static double Median(List<SuiteRun> runs) => runs.Select(r => r.Seconds).Order().ElementAt(runs.Count / 2);
}
