using System.Text.Json.Nodes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;

namespace Anyvc.Bench;

/// <summary>
/// The conformance suite per backend in child mode and in-process (P6), and the whole matrix in child mode (P7).
/// Runs alternate between the modes and each figure is the median of its repetitions, so a burst of load on the
/// shared machine cannot land on one mode only.
/// </summary>
internal sealed class SuiteBench(BenchSettings settings, string resultsRoot, TextWriter log)
{
    public JsonObject Run()
    {
        var root = BuildLayout.RepositoryRoot;
        var perBackend = new JsonObject();
        foreach (var backend in BackendCatalog.Known)
        {
            var child = new List<SuiteRun>();
            var inProcess = new List<SuiteRun>();
            for (var i = 0; i < settings.SuiteRepetitions; i++)
            {
                log.WriteLine($"bench: backends: {backend.Name} suite, run {i + 1}/{settings.SuiteRepetitions}");
                child.Add(SuiteRun.Execute(root, backend.Name, inProcess: false, resultsRoot));
                inProcess.Add(SuiteRun.Execute(root, backend.Name, inProcess: true, resultsRoot));
            }
            var childSeconds = Median(child);
            var inProcessSeconds = Median(inProcess);
            perBackend[backend.Name] = new JsonObject
            {
                ["child_s"] = Math.Round(childSeconds, 2),
                ["inprocess_s"] = Math.Round(inProcessSeconds, 2),
                ["ratio"] = Math.Round(childSeconds / inProcessSeconds, 2),
                ["child_tests"] = Counts(child[^1]),
                ["inprocess_tests"] = Counts(inProcess[^1]),
            };
        }

        var matrix = new List<SuiteRun>();
        var all = string.Join(',', BackendCatalog.Known.Select(b => b.Name));
        for (var i = 0; i < settings.SuiteRepetitions; i++)
        {
            log.WriteLine($"bench: backends: whole matrix, run {i + 1}/{settings.SuiteRepetitions}");
            matrix.Add(SuiteRun.Execute(root, all, inProcess: false, resultsRoot));
        }
        return new JsonObject
        {
            ["suite_seconds"] = perBackend,
            ["suite_timing"] = $"TRX Times start..finish of 'dotnet test --no-build', median of {settings.SuiteRepetitions}",
            ["matrix_s"] = Math.Round(Median(matrix), 2),
            ["matrix_wall_s"] = Math.Round(matrix.Select(r => r.WallSeconds).Order().ElementAt(matrix.Count / 2), 2),
            ["matrix_tests"] = Counts(matrix[^1]),
        };
    }

    private static double Median(List<SuiteRun> runs) => runs.Select(r => r.Seconds).Order().ElementAt(runs.Count / 2);

    private static string Counts(SuiteRun run) => $"{run.Passed} passed, {run.Failed} failed, {run.Skipped} skipped";
}
