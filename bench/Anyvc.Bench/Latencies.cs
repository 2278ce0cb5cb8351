using System.Diagnostics;

namespace Anyvc.Bench;

/// <summary>Timed samples and their percentiles (nearest rank, as the peer benchmarks compute them).</summary>
internal sealed class Latencies(int capacity)
{
    private readonly double[] samples = new double[capacity];
    private int count;

    public static double Microseconds(long ticks) => ticks * 1e6 / Stopwatch.Frequency;

    public void Add(double value) => samples[count++] = value;

    public double Percentile(double p)
    {
        if (count == 0)
            throw new InvalidOperationException("no samples");
        var sorted = samples[..count];
        Array.Sort(sorted);
        return sorted[Math.Min(count - 1, (int)(count * p))];
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="warmup"/> times untimed, then times each of <paramref name="rounds"/> in microseconds.</summary>
    public static Latencies Measure(int warmup, int rounds, Action action)
    {
        for (var i = 0; i < warmup; i++)
            action();
        var result = new Latencies(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            result.Add(Microseconds(Stopwatch.GetTimestamp() - start));
        }
        return result;
    }
}
