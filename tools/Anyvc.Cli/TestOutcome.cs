namespace Anyvc.Cli;

/// <summary>One test result read from a TRX file.</summary>
/// <param name="ClassName">The fixture, e.g. <c>Anyvc.Conformance.History(git)</c>.</param>
/// <param name="Name">The test, e.g. <c>BuildFirstCommit</c>.</param>
/// <param name="Outcome">Passed, Failed or Skipped.</param>
/// <param name="Message">The failure or skip message, or empty.</param>
/// <param name="Seconds">How long the test ran, set-up and tear-down included.</param>
internal sealed record TestOutcome(string ClassName, string Name, Outcome Outcome, string Message, double Seconds = 0)
{
    /// <summary>The backend in the fixture name's parentheses, or empty.</summary>
    public string Backend => ClassName.EndsWith(')') && ClassName.LastIndexOf('(') is var open and >= 0 ? ClassName[(open + 1)..^1] : "";

    /// <summary>The row of the matrix: fixture without namespace or backend, dot, test name.</summary>
    public string Row
    {
        get
        {
            var fixture = ClassName[(ClassName.LastIndexOf('.', ClassName.IndexOf('(') is var open and >= 0 ? open : ClassName.Length - 1) + 1)..];
            var paren = fixture.IndexOf('(');
            return (paren >= 0 ? fixture[..paren] : fixture) + "." + Name;
        }
    }
}
