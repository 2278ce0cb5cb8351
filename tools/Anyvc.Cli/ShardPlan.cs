using System.Globalization;

namespace Anyvc.Cli;

/// <summary>
/// Splits fixture × backend units over N shards by their last measured time (longest first, each onto the shard with
/// the least so far); a unit without a time counts as the median unit, and with no times at all the split is
/// round-robin. The last shard also runs whatever matches no unit (tests without a backend), so nothing is lost.
/// </summary>
internal sealed class ShardPlan
{
    private readonly List<(string Fixture, string Backend, double Seconds)>[] shards;
    private readonly IReadOnlyList<string> fixtures;
    private readonly IReadOnlyList<(string Fixture, string Backend)> all;

    public ShardPlan(IReadOnlyList<string> fixtures, IReadOnlyList<string> backends, IReadOnlyDictionary<(string Fixture, string Backend), double> timings, int count)
    {
        this.fixtures = fixtures;
        all = fixtures.SelectMany(f => backends.Select(b => (f, b))).ToList();
        var known = all.Where(timings.ContainsKey).Select(u => timings[u]).Order().ToList();
        var fallback = known.Count == 0 ? 1 : known[known.Count / 2];
        shards = Enumerable.Range(0, count).Select(_ => new List<(string, string, double)>()).ToArray();
        var units = all.Select(u => (u.Item1, u.Item2, Seconds: timings.GetValueOrDefault(u, fallback)));
        var ordered = known.Count == 0 ? units.ToList() : units.OrderByDescending(u => u.Seconds).ThenBy(u => u.Item1, StringComparer.Ordinal).ThenBy(u => u.Item2, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var target = known.Count == 0 ? i % count : Array.IndexOf(shards, shards.MinBy(s => s.Sum(u => u.Seconds))!);
            shards[target].Add(ordered[i]);
        }
    }

    /// <summary>The filter of shard <paramref name="index"/> (1-based).</summary>
    public string Filter(int index)
    {
        var own = shards[index - 1].Select(u => $"({SuiteUnits.Filter(u.Fixture, u.Backend, fixtures)})").ToList();
        if (index == shards.Length)
            own.Add(string.Join('&', all.Select(u => $"({SuiteUnits.NotFilter(u.Fixture, u.Backend, fixtures)})")));
        return own.Count == 0 ? "FullyQualifiedName=none" : string.Join('|', own);
    }

    /// <summary>The summed test seconds shard <paramref name="index"/> (1-based) is predicted to take.</summary>
    public double PredictedSeconds(int index) => shards[index - 1].Sum(u => u.Seconds);

    /// <summary>One line per shard: its units and its predicted seconds.</summary>
    public IEnumerable<string> Describe()
    {
        var total = shards.Sum(s => s.Sum(u => u.Seconds));
        return shards.Select((s, i) => string.Create(CultureInfo.InvariantCulture,
            $"shard {i + 1}/{shards.Length}: {s.Count} units, predicted {s.Sum(u => u.Seconds):0.0} s of {total:0.0} s ({(total == 0 ? 0 : s.Sum(u => u.Seconds) / total * 100):0} %)"));
    }

    /// <summary>Reads a timings file (<c>fixture backend seconds</c> per line), or nothing when it does not exist.</summary>
    public static Dictionary<(string Fixture, string Backend), double> ReadTimings(string file) =>
        !File.Exists(file) ? [] : File.ReadAllLines(file)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 3 && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .ToDictionary(fields => (fields[0], fields[1]), fields => double.Parse(fields[2], CultureInfo.InvariantCulture));

    /// <summary>The timings of a finished run: the seconds of each fixture × backend, for the next split.</summary>
    public static string WriteTimings(ConformanceMatrix matrix) =>
        "# fixture\tbackend\tseconds (written by anyvc check; read by --shard)\n" + string.Concat(matrix.Cells
            .GroupBy(c => (Fixture: c.Key.Row[..c.Key.Row.IndexOf('.')], c.Key.Backend))
            .OrderBy(g => g.Key.Fixture, StringComparer.Ordinal).ThenBy(g => g.Key.Backend, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Fixture}\t{g.Key.Backend}\t{g.Sum(c => c.Value.Seconds):0.###}\n")));
}
