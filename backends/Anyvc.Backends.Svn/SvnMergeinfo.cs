using System.Globalization;

namespace Anyvc.Backends.Svn;

/// <summary>
/// <c>svn:mergeinfo</c> as <c>svn merge</c> keeps it: one line per source path, <c>/branches/x:5-9,12</c>, ranges
/// sorted and never overlapping (svn refuses overlapping ones). Only the merged source's line is rewritten; ranges
/// marked non-inheritable (<c>*</c>) and other sources stay as they were.
/// </summary>
internal static class SvnMergeinfo
{
    /// <summary>The property's name.</summary>
    public const string Property = "svn:mergeinfo";

    /// <summary><paramref name="existing"/> with revisions <paramref name="first"/> to <paramref name="last"/> of <paramref name="source"/> merged.</summary>
    public static string Add(string existing, string source, long first, long last)
    {
        var lines = existing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2) is [var path, var ranges] ? (Path: path, Ranges: ranges) : (Path: line, Ranges: ""))
            .ToDictionary(line => line.Path, line => line.Ranges, StringComparer.Ordinal);
        var tokens = lines.GetValueOrDefault(source, "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var kept = tokens.Where(t => t.EndsWith('*')).ToList();
        var ranges = tokens.Where(t => !t.EndsWith('*')).Select(Parse).Append((First: first, Last: last)).OrderBy(r => r.First).ToList();
        var merged = new List<(long First, long Last)>();
        foreach (var range in ranges)
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, range.Last));
            else
                merged.Add(range);
        lines[source] = string.Join(",", merged.Select(Format).Concat(kept));
        return string.Join("\n", lines.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}:{l.Value}"));
    }

    private static (long First, long Last) Parse(string token)
    {
        var bounds = token.Split('-').Select(b => long.Parse(b, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
        return (bounds[0], bounds[^1]);
    }

    private static string Format((long First, long Last) range) => range.First == range.Last
        ? range.First.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{range.First}-{range.Last}");
}
