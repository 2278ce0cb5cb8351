using Anyvc.Fixtures;
using Anyvc.Fixtures.Expectations;

namespace Anyvc.Cli;

/// <summary>
/// Checks the selected backends' expectations files against the suite before a run: each must parse, and each line
/// must name a test the suite has (a misspelt line would excuse nothing, silently). Also lists them with their state,
/// for <c>anyvc expectations</c>.
/// </summary>
internal static class ExpectationCheck
{
    /// <summary>Every problem of the backends' expectations, as <c>file:line: ...</c> lines; empty when all are sound.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<Backend> backends, IReadOnlyDictionary<string, IReadOnlySet<string>> tests)
    {
        var problems = new List<string>();
        foreach (var backend in backends)
        {
            try
            {
                problems.AddRange(backend.Expectations.All.Where(e => !NamesATest(e.Pattern, tests))
                    .Select(e => $"{e.Source}: '{e.Pattern}' names no test of the suite; write Fixture.Test as the matrix shows it, or Fixture.* for a whole fixture"));
            }
            catch (FormatException e)
            {
                problems.Add(e.Message);
            }
        }
        return problems;
    }

    /// <summary>One line per expectation of each backend: pattern, kind and detail, expiry and its state on <paramref name="today"/>.</summary>
    public static IEnumerable<string> Describe(IEnumerable<Backend> backends, DateOnly today) => backends.SelectMany(backend =>
        backend.Expectations.All.Count == 0
            ? [$"{backend.Name}: no expectations{(backend.ExpectationsFile is { } file ? $" ({file} does not exist)" : "")}"]
            : backend.Expectations.All.Select(e => $"{backend.Name}: {e.Pattern} | {e.Label}{Expiry(e, today)}  ({e.Source})").Prepend($"{backend.Name}: {backend.Expectations.All.Count} expectations in {backend.Expectations.File}"));

    private static string Expiry(Expectation expectation, DateOnly today) => expectation.Expires switch
    {
        null => "",
        { } last when expectation.HasExpired(today) => $" | EXPIRED on {Day(last)}: failures are no longer excused",
        { } last => $" | expires {Day(last)} (in {last.DayNumber - today.DayNumber} days)",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool NamesATest(string pattern, IReadOnlyDictionary<string, IReadOnlySet<string>> tests)
    {
        var dot = pattern.IndexOf('.', StringComparison.Ordinal);
        if (!tests.TryGetValue(pattern[..dot], out var methods))
            return false;
        var prefix = pattern.EndsWith('*');
        var stem = prefix ? pattern[(dot + 1)..^1] : pattern[(dot + 1)..];
        var open = stem.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
            return methods.Contains(stem[..open]);
        return prefix ? methods.Any(m => m.StartsWith(stem, StringComparison.Ordinal)) : methods.Contains(stem);
    }
}
