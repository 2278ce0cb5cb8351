using Anyvc.Fixtures.Expectations;
using System.Xml.Linq;

namespace Anyvc.Cli;

/// <summary>Reads the .trx files <c>dotnet test --logger trx</c> writes.</summary>
internal static class TrxResults
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static List<TestOutcome> ReadDirectory(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.trx", SearchOption.AllDirectories).SelectMany(Read).ToList()
            : [];

    public static IEnumerable<TestOutcome> Read(string file)
    {
        var document = XDocument.Load(file);
        var classes = document.Descendants(Ns + "UnitTest").ToDictionary(
            t => (string)t.Attribute("id")!,
            t => (string?)t.Element(Ns + "TestMethod")?.Attribute("className") ?? "");
        foreach (var result in document.Descendants(Ns + "UnitTestResult"))
        {
            var message = ((string?)result.Element(Ns + "Output")?.Element(Ns + "ErrorInfo")?.Element(Ns + "Message") ?? "").Trim();
            var outcome = (string?)result.Attribute("outcome") switch
            {
                "Passed" => Outcome.Passed,
                "NotExecuted" or "Inconclusive" when message.StartsWith(ExpectationVerdict.ExpectedFailurePrefix, StringComparison.Ordinal) => Outcome.ExpectedFailure,
                "NotExecuted" or "Inconclusive" => Outcome.Skipped,
                _ when message.StartsWith(ExpectationVerdict.UnexpectedPassPrefix, StringComparison.Ordinal) => Outcome.UnexpectedPass,
                _ => Outcome.Failed,
            };
            var duration = TimeSpan.TryParse((string?)result.Attribute("duration"), System.Globalization.CultureInfo.InvariantCulture, out var span) ? span : TimeSpan.Zero;
            yield return new TestOutcome(classes.GetValueOrDefault((string)result.Attribute("testId")!, ""),
                (string)result.Attribute("testName")!, outcome, message, duration.TotalSeconds);
        }
    }
}
