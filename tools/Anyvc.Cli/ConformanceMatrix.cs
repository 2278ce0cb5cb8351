using Anyvc.Fixtures.Expectations;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Anyvc.Cli;

/// <summary>Test results arranged as rows (tests) × columns (backends), rendered as text, Markdown and JUnit XML.</summary>
internal sealed partial class ConformanceMatrix
{
    private readonly Dictionary<(string Row, string Backend), TestOutcome> cells = [];

    public ConformanceMatrix(IEnumerable<TestOutcome> outcomes, IReadOnlyList<string> backendOrder)
    {
        foreach (var outcome in outcomes.Where(o => o.Backend.Length > 0))
            cells[(outcome.Row, outcome.Backend)] = outcome;
        var seen = cells.Keys.Select(k => k.Backend).Distinct().ToList();
        Backends = backendOrder.Where(seen.Contains).Concat(seen.Except(backendOrder).Order(StringComparer.Ordinal)).ToList();
        Rows = cells.Keys.Select(k => k.Row).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Backends { get; }

    public IReadOnlyList<string> Rows { get; }

    public int Passed => cells.Values.Count(c => c.Outcome == Outcome.Passed);

    public int Failed => cells.Values.Count(c => c.Outcome == Outcome.Failed);

    public int Skipped => cells.Values.Count(c => c.Outcome == Outcome.Skipped);

    public int ExpectedFailures => cells.Values.Count(c => c.Outcome == Outcome.ExpectedFailure);

    public int UnexpectedPasses => cells.Values.Count(c => c.Outcome == Outcome.UnexpectedPass);

    /// <summary>True when no cell failed and no expectation is stale.</summary>
    public bool Succeeded => !cells.Values.Any(c => c.Outcome.FailsTheRun());

    /// <summary>Every cell: (row, backend) → its outcome.</summary>
    public IReadOnlyDictionary<(string Row, string Backend), TestOutcome> Cells => cells;

    public string Summary => $"conformance: {Passed} passed, {Failed} failed, {Skipped} skipped{Expected(ExpectedFailures, UnexpectedPasses)} ({Rows.Count} tests × {Backends.Count} backends: {string.Join(", ", Backends)})";

    public string ToText()
    {
        var table = new List<string[]> { new[] { "test" }.Concat(Backends).ToArray() };
        table.AddRange(Rows.Select(row => new[] { row }.Concat(Backends.Select(b => Cell(row, b))).ToArray()));
        var widths = Enumerable.Range(0, table[0].Length).Select(i => table.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < table.Count; r++)
        {
            text.AppendLine(string.Join(" | ", table[r].Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
            if (r == 0)
                text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        }
        foreach (var note in Notes())
            text.AppendLine(note);
        foreach (var line in Totals().Concat(Slowest()))
            text.AppendLine(line);
        return text.ToString();
    }

    /// <summary>Per backend: passed, failed, skipped and the seconds its tests took (summed over parallel workers).</summary>
    public IEnumerable<string> Totals() => Backends.Select(backend =>
    {
        var own = cells.Where(c => c.Key.Backend == backend).Select(c => c.Value).ToList();
        int Count(Outcome outcome) => own.Count(o => o.Outcome == outcome);
        return $"total {backend}: {Count(Outcome.Passed)} passed, {Count(Outcome.Failed)} failed, {Count(Outcome.Skipped)} skipped"
            + $"{Expected(Count(Outcome.ExpectedFailure), Count(Outcome.UnexpectedPass))}, {own.Sum(o => o.Seconds):0.0} s";
    });

    /// <summary>The xfail and XPASS counts, when there are any (most backends expect nothing to fail).</summary>
    private static string Expected(int expectedFailures, int unexpectedPasses) =>
        expectedFailures + unexpectedPasses == 0 ? "" : $", {expectedFailures} xfail, {unexpectedPasses} XPASS";

    /// <summary>The ten slowest cells.</summary>
    public IEnumerable<string> Slowest() => cells.OrderByDescending(c => c.Value.Seconds).ThenBy(c => c.Key.Row, StringComparer.Ordinal).Take(10)
        .Select(c => $"slow {c.Value.Seconds,6:0.00} s {c.Key.Row} [{c.Key.Backend}]");

    public string ToMarkdown()
    {
        var text = new StringBuilder("# Conformance matrix\n\n");
        text.AppendLine($"| test | {string.Join(" | ", Backends)} |");
        text.AppendLine($"|---|{string.Concat(Backends.Select(_ => "---|"))}");
        foreach (var row in Rows)
            text.AppendLine($"| {row} | {string.Join(" | ", Backends.Select(b => Cell(row, b)))} |");
        text.AppendLine().AppendLine(Summary).AppendLine();
        foreach (var note in Notes().Concat(Totals()).Concat(Slowest()))
            text.AppendLine("- " + note.Replace("|", "\\|"));
        return text.ToString();
    }

    public string ToJUnit()
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"anyvc conformance\">\n");
        foreach (var backend in Backends)
        {
            var own = cells.Where(c => c.Key.Backend == backend).OrderBy(c => c.Key.Row, StringComparer.Ordinal).ToList();
            text.AppendLine($"  <testsuite name=\"{backend}\" tests=\"{own.Count}\" failures=\"{own.Count(c => c.Value.Outcome.FailsTheRun())}\" skipped=\"{own.Count(c => c.Value.Outcome.CountsAsSkipped())}\">");
            foreach (var ((row, _), outcome) in own)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"    <testcase classname=\"{Escape(backend)}\" name=\"{Escape(row)}\" time=\"{outcome.Seconds:0.###}\"");
                text.AppendLine(outcome.Outcome switch
                {
                    Outcome.Failed or Outcome.UnexpectedPass => $"><failure message=\"{Escape(outcome.Message)}\"/></testcase>",
                    Outcome.Skipped or Outcome.ExpectedFailure => $"><skipped message=\"{Escape(outcome.Message)}\"/></testcase>",
                    _ => "/>",
                });
            }
            text.AppendLine("  </testsuite>");
        }
        return text.Append("</testsuites>\n").ToString();
    }

    private string Cell(string row, string backend) => cells.TryGetValue((row, backend), out var outcome)
        ? outcome.Outcome switch
        {
            Outcome.Passed => $"pass {Time(outcome.Seconds)}",
            Outcome.Failed => $"FAIL {Time(outcome.Seconds)}",
            Outcome.UnexpectedPass => $"XPASS {Time(outcome.Seconds)}",
            Outcome.ExpectedFailure => $"xfail({ExpectedReason(outcome.Message)}) {Time(outcome.Seconds)}",
            _ => $"skip({ShortReason(outcome.Message)}) {Time(outcome.Seconds)}",
        }
        : "-";

    private IEnumerable<string> Notes() => cells
        .Where(c => c.Value.Outcome != Outcome.Passed)
        .OrderBy(c => c.Key.Row, StringComparer.Ordinal).ThenBy(c => c.Key.Backend, StringComparer.Ordinal)
        .Select(c => $"{MatrixJson.Name(c.Value.Outcome)} {c.Key.Row} [{c.Key.Backend}]: {FirstLine(c.Value.Message)}");

    private static string ShortReason(string message)
    {
        if (LacksFeature().Match(message) is { Success: true } lacks)
            return "lacks " + lacks.Groups[1].Value.Trim();
        if (message.Contains("unavailable", StringComparison.Ordinal))
            return "unavailable";
        var line = FirstLine(message);
        return line.Length > 24 ? line[..24] + "…" : line;
    }

    /// <summary>The label in <c>expected failure (bug #12): ...</c>: the bug's reference, or the limit's reason shortened.</summary>
    private static string ExpectedReason(string message)
    {
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        var label = message[ExpectationVerdict.ExpectedFailurePrefix.Length..(end > 0 ? end : message.Length)];
        return label.Length > 40 ? label[..40] + "…" : label;
    }

    private static string Time(double seconds) => seconds < 1 ? $"{seconds * 1000:0}ms" : $"{seconds:0.0}s";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    [GeneratedRegex(@"lacks feature (\w[\w, ]*)")]
    private static partial Regex LacksFeature();
}
