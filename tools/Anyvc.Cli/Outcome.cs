namespace Anyvc.Cli;

/// <summary>How a test ended, as the matrix shows it.</summary>
internal enum Outcome
{
    Passed,
    Failed,
    Skipped,
}
