namespace Anyvc.Cli;

/// <summary>Cells whose outcome was not the same in every run of <c>anyvc check --repeat N</c>: flaky tests, found rather than retried.</summary>
internal static class RepeatedRuns
{
    /// <summary>One line per varying cell: its row, backend and the outcome of each run in order (<c>-</c> where it did not run).</summary>
    public static IReadOnlyList<string> Varied(IReadOnlyList<IReadOnlyList<TestOutcome>> runs)
    {
        var byCell = runs.Select(run => run.Where(o => o.Backend.Length > 0).ToDictionary(o => (o.Row, o.Backend))).ToList();
        return byCell.SelectMany(run => run.Keys).Distinct()
            .Select(cell => (cell, outcomes: byCell.Select(run => run.TryGetValue(cell, out var o) ? MatrixJson.Name(o.Outcome) : "-").ToList()))
            .Where(c => c.outcomes.Distinct().Count() > 1)
            .OrderBy(c => c.cell.Row, StringComparer.Ordinal).ThenBy(c => c.cell.Backend, StringComparer.Ordinal)
            .Select(c => $"varied {c.cell.Row} [{c.cell.Backend}]: {string.Join(", ", c.outcomes)}")
            .ToList();
    }
}
