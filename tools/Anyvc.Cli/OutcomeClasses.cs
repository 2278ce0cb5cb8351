namespace Anyvc.Cli;

/// <summary>How each outcome counts where only three kinds exist (<c>dotnet test</c>, JUnit, the run's exit code).</summary>
internal static class OutcomeClasses
{
    /// <summary>True for the outcomes that fail a run: a failure, and an unexpected pass (a stale expectation).</summary>
    public static bool FailsTheRun(this Outcome outcome) => outcome is Outcome.Failed or Outcome.UnexpectedPass;

    /// <summary>True for the outcomes reported as skipped: a skip, and an expected failure.</summary>
    public static bool CountsAsSkipped(this Outcome outcome) => outcome is Outcome.Skipped or Outcome.ExpectedFailure;
}
