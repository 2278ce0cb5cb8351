using System.Diagnostics;

namespace Anyvc.Bench;

/// <summary>Throughput runs: the first pass warms up (JIT, page cache, pipe buffers), the second is reported.</summary>
internal static class Passes
{
    /// <summary>MB/s (10^6 bytes) of the second of two runs of <paramref name="transfer"/>.</summary>
    public static double SecondOfTwo(long bytes, Action transfer)
    {
        transfer();
        var clock = Stopwatch.StartNew();
        transfer();
        return bytes / 1e6 / clock.Elapsed.TotalSeconds;
    }
}
