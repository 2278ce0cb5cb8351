using Anyvc.Cli;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The progress <c>anyvc check</c> prints while the suite runs, fed a progress file the way the harness writes it:
/// failures as they happen, counts, and an estimate of the rest from a previous run or, on a first run, from the
/// timings file.
/// </summary>
public class SuiteProgressTests
{
    [Test]
    public void AFirstRunEstimatesTheRestFromTheTimingsFile()
    {
        using var scratch = new Scratch();
        var file = scratch.Combine("progress.tsv");
        var output = new StringWriter();
        var progress = new SuiteProgress(file, previous: null, predictedSeconds: 40, output, interval: TimeSpan.Zero);
        File.WriteAllText(file, "git\tHistory.A\tpass\t5\t\ngit\tHistory.B\tFAIL\t5\tExpected: 1\nsvn\tHistory.A\tXPASS\t0.5\tXPASS: expected to fail\n");
        Thread.Sleep(50);
        progress.Poll();
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("FAIL History.B [git]: Expected: 1"));
        Assert.That(lines[1], Is.EqualTo("XPASS History.A [svn]: XPASS: expected to fail"));
        Assert.That(lines[2], Does.Match(@"^progress 0 s: git 2, svn 1; 2 failed; about 0 s left \(estimated from the timings file\)$"),
            "10.5 of 40 s done in well under a second: the rest is about three times as long");
    }

    [Test]
    public void WithAPreviousRunItShowsTotalsAndEstimatesFromThatRun()
    {
        using var scratch = new Scratch();
        var file = scratch.Combine("progress.tsv");
        var output = new StringWriter();
        var previous = new Dictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)>
        {
            [("History.A", "git")] = ("pass", 1, ""),
            [("History.B", "git")] = ("pass", 3, ""),
        };
        var progress = new SuiteProgress(file, previous, predictedSeconds: 1000, output, interval: TimeSpan.Zero);
        File.WriteAllText(file, "git\tHistory.A\tpass\t9\t\n");
        progress.Poll();
        File.AppendAllText(file, "git\tHistory.B\tpass\t9\t\n");
        progress.Poll(final: true);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.Match(@"^progress 0 s: git 1/2; 0 failed; about 0 s left \(estimated from the previous run\)$"));
        Assert.That(lines[1], Is.EqualTo("progress 0 s: git 2/2; 0 failed; done"));
    }
}
