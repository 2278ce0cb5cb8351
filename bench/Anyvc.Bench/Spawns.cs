using System.Diagnostics;

namespace Anyvc.Bench;

/// <summary>Child start times: a few untimed starts (disk cache, JIT of the parent's side), then timed ones.</summary>
internal static class Spawns
{
    /// <summary>Times <paramref name="start"/> in milliseconds; disposing what it returns (goodbye, reap) is not timed.</summary>
    public static Latencies Measure(BenchSettings settings, Func<IDisposable> start)
    {
        var result = new Latencies(settings.Spawns);
        for (var i = -settings.SpawnWarmups; i < settings.Spawns; i++)
        {
            var clock = Stopwatch.StartNew();
            var child = start();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            child.Dispose();
            if (i >= 0)
                result.Add(elapsed);
        }
        return result;
    }
}
