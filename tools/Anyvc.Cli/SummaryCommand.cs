namespace Anyvc.Cli;

/// <summary>
/// Prints the one closing line CI reads: <c>N passed, N failed, N skipped</c>, counting as <c>dotnet test</c> does: an
/// unexpected pass (XPASS) is a failure, an expected failure (xfail) a skip.
/// </summary>
internal static class SummaryCommand
{
    public static int Run(string directory)
    {
        var outcomes = TrxResults.ReadDirectory(directory);
        var failed = outcomes.Where(o => o.Outcome.FailsTheRun()).ToList();
        foreach (var failure in failed)
            Console.WriteLine($"FAILED {failure.ClassName}.{failure.Name}");
        Console.WriteLine($"{outcomes.Count(o => o.Outcome == Outcome.Passed)} passed, {failed.Count} failed, {outcomes.Count(o => o.Outcome.CountsAsSkipped())} skipped");
        if (outcomes.Count == 0)
            Console.Error.WriteLine($"anyvc: no test results in {directory}: did the test run start?");
        return failed.Count == 0 && outcomes.Count > 0 ? 0 : 1;
    }
}
