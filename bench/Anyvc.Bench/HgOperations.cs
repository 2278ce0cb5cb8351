using System.Diagnostics;
using Anyvc.Channels.Processes;

namespace Anyvc.Bench;

/// <summary>
/// P5: one hg operation (the default line of history, as <c>repo.count</c> asks for it) through the hg backend child
/// and its long-lived command server, against the same query spawned as a new <c>hg</c> process per operation, as a
/// per-call CLI backend would. The child's round trip is included: it is what a caller pays.
/// </summary>
internal static class HgOperations
{
    private const string HistoryRevset = "reverse(_firstancestors(max(head() and branch('re:^default$'))))";

    /// <summary>Mean milliseconds per operation each way; the server's start and one warm-up call are not timed.</summary>
    public static (double CommandServerMs, double SpawnMs) Measure(Repository repository, int iterations)
    {
        _ = repository.Count;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
            _ = repository.Count;
        var serverMs = clock.Elapsed.TotalMilliseconds / iterations;
        var spawn = new ToolCommand("hg", ["-R", repository.Path, "log", "-r", HistoryRevset, "-T", "{node}\\n"])
        {
            Environment = new Dictionary<string, string?> { ["HGPLAIN"] = "1", ["HGRCPATH"] = "", ["HGENCODING"] = "UTF-8" },
        };
        ToolRunner.Run(spawn).EnsureSuccess();
        clock.Restart();
        for (var i = 0; i < iterations; i++)
            ToolRunner.Run(spawn).EnsureSuccess();
        return (serverMs, clock.Elapsed.TotalMilliseconds / iterations);
    }
}
