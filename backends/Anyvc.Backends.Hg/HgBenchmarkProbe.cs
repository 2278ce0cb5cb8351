using System.Diagnostics;

namespace Anyvc.Backends.Hg;

/// <summary>
/// Times one read-only hg operation (<c>hg log -r tip -T {node}</c>) through the command server and spawned as a
/// new <c>hg</c> process per call, for the benchmark's <c>hg_op_cmdserver_ms</c> and <c>hg_op_spawn_ms</c>.
/// </summary>
public static class HgBenchmarkProbe
{
    /// <summary>
    /// Runs the operation <paramref name="iterations"/> times each way against the hg repository in
    /// <paramref name="repository"/> and returns the mean wall-clock milliseconds per call. The server's startup
    /// and one warm-up call are excluded (the backend keeps one server for its whole life); each spawned call pays
    /// the full process start, as a per-operation CLI backend would.
    /// </summary>
    /// <exception cref="FeatureNotSupportedException">hg is not on PATH.</exception>
    public static (double CommandServerMs, double SpawnMs) Measure(string repository, int iterations = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var hgPath = HgTool.Find() ?? throw new FeatureNotSupportedException(HgTool.NotFoundReason);
        string[] operation = ["log", "-r", "tip", "-T", "{node}"];

        using var client = HgBackend.StartClient(hgPath);
        var hg = new HgCommandRunner(client);
        hg.Text(repository, operation);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
            hg.Text(repository, operation);
        var serverMs = clock.Elapsed.TotalMilliseconds / iterations;

        clock.Restart();
        for (var i = 0; i < iterations; i++)
            Spawn(hgPath, ["-R", repository, .. operation]);
        return (serverMs, clock.Elapsed.TotalMilliseconds / iterations);
    }

    private static void Spawn(string hg, string[] arguments)
    {
        var start = new ProcessStartInfo(hg) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in HgTool.Environment())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new AnyvcException($"'hg {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {error.Result.Trim()}");
    }
}
