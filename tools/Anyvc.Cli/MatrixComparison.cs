using System.Globalization;

namespace Anyvc.Cli;

/// <summary>
/// What changed between two matrices: new failures, fixed tests, tests that became much slower (at least twice as
/// slow and half a second more), cells that appeared or went, and any other change of outcome (a pass now skipped).
/// A failure is <c>FAIL</c> or <c>XPASS</c>.
/// </summary>
internal static class MatrixComparison
{
    private const double SlowerFactor = 2;
    private const double SlowerSeconds = 0.5;

    public static IReadOnlyList<string> Compare(
        IReadOnlyDictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)> previous,
        IReadOnlyDictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)> current,
        string previousName)
    {
        var changes = new List<(int Order, string Line)>();
        foreach (var (key, now) in current)
        {
            var name = $"{key.Row} [{key.Backend}]";
            if (!previous.TryGetValue(key, out var before))
                changes.Add((3, $"new: {name} ({now.Outcome})"));
            else if (MatrixJson.IsFailure(now.Outcome) && !MatrixJson.IsFailure(before.Outcome))
                changes.Add((0, $"new failure: {name} (was {before.Outcome}): {now.Message.Split('\n')[0].Trim()}"));
            else if (MatrixJson.IsFailure(before.Outcome) && !MatrixJson.IsFailure(now.Outcome))
                changes.Add((1, $"fixed: {name} (now {now.Outcome})"));
            else if (now.Outcome != before.Outcome)
                changes.Add((5, $"changed: {name}: {before.Outcome} -> {now.Outcome}: {now.Message.Split('\n')[0].Trim()}"));
            else if (now.Outcome == "pass" && now.Seconds >= before.Seconds * SlowerFactor && now.Seconds - before.Seconds >= SlowerSeconds)
                changes.Add((2, string.Create(CultureInfo.InvariantCulture, $"much slower: {name}: {before.Seconds:0.00} s -> {now.Seconds:0.00} s")));
        }
        changes.AddRange(previous.Keys.Where(key => !current.ContainsKey(key)).Select(key => (4, $"gone: {key.Row} [{key.Backend}]")));
        var counts = Enumerable.Range(0, 6).Select(order => changes.Count(c => c.Order == order)).ToArray();
        return
        [
            $"compared with {previousName}: {counts[0]} new failures, {counts[1]} fixed, {counts[2]} much slower, {counts[3]} new, {counts[4]} gone, {counts[5]} otherwise changed",
            .. changes.OrderBy(c => c.Order).ThenBy(c => c.Line, StringComparer.Ordinal).Select(c => "  " + c.Line),
        ];
    }
}
