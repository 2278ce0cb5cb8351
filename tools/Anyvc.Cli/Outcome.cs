namespace Anyvc.Cli;

/// <summary>How a test ended, as the matrix shows it.</summary>
internal enum Outcome
{
    Passed,
    Failed,
    Skipped,

    /// <summary>Failed, as the backend's expectations file says it does (<c>xfail</c>).</summary>
    ExpectedFailure,

    /// <summary>Passed where the backend's expectations file says it fails (<c>XPASS</c>): the expectation is stale, and the run fails.</summary>
    UnexpectedPass,
}
