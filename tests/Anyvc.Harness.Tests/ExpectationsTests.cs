using Anyvc.Fixtures;
using Anyvc.Fixtures.Expectations;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Anyvc.Harness.Tests;

/// <summary>The expectations file (tests expected to fail on a backend): its format, where it is found, and how a result is judged by it.</summary>
public class ExpectationsTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private const string Sample = """
        # svn: known failures
        Annotate.MovedLines | bug | #12 | expires 2026-12-31
        Symlinks.* | limit | svn keeps links as svn:special files

        Content.RoundTrips("a b") | bug | https://example.invalid/issues/7
        """;

    private static readonly BackendExpectations Parsed = BackendExpectations.Parse(Sample, "svn/expectations.txt");

    [Test]
    public void EachLineIsATestPatternAKindItsReferenceOrReasonAndAnOptionalExpiry()
    {
        Assert.That(Parsed.All, Is.EqualTo(new[]
        {
            new Expectation("Annotate.MovedLines", ExpectationKind.Bug, "#12", new DateOnly(2026, 12, 31), "svn/expectations.txt:2"),
            new Expectation("Symlinks.*", ExpectationKind.Limit, "svn keeps links as svn:special files", null, "svn/expectations.txt:3"),
            new Expectation("Content.RoundTrips(\"a b\")", ExpectationKind.Bug, "https://example.invalid/issues/7", null, "svn/expectations.txt:5"),
        }));
        Assert.That(Parsed.Find("Symlinks.LinkIsKept")?.Kind, Is.EqualTo(ExpectationKind.Limit), "a final * takes a prefix");
        Assert.That(Parsed.Find("Annotate.MovedLinesTwice"), Is.Null, "without * the name is exact");
        Assert.That(Parsed.Find("Content.RoundTrips(\"a b\")")?.Label, Is.EqualTo("bug https://example.invalid/issues/7"));
        Assert.That(Parsed.Find("Symlinks.X")?.Label, Is.EqualTo("limit: svn keeps links as svn:special files"));
    }

    [TestCase("History.BuildFirstCommit | bug", "expected 'Fixture.Test | bug | reference'")]
    [TestCase("History.BuildFirstCommit | flaky | #3", "kind 'flaky' must be 'bug'")]
    [TestCase("History.BuildFirstCommit | bug | see the tracker", "one word")]
    [TestCase("History.BuildFirstCommit | limit | ", "a limit needs the reason")]
    [TestCase("History.BuildFirstCommit | bug | #3 | until June", "'expires YYYY-MM-DD'")]
    [TestCase("History.BuildFirstCommit | bug | #3 | expires 2026-02-30", "'expires YYYY-MM-DD'")]
    [TestCase("BuildFirstCommit | bug | #3", "is not a test")]
    [TestCase("History.Build*Commit | bug | #3", "only a final '*'")]
    [TestCase("History.BuildFirstCommit | bug | #3\nHistory.BuildFirstCommit | bug | #4", "already expected at x.txt:2")]
    public void AMalformedLineNamesFileLineAndWhatToWrite(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => BackendExpectations.Parse("# header\n" + text, "x.txt"))!;
        Assert.That(error.Message, Does.StartWith("x.txt:").And.Contain(expected));
        Assert.That(error.Message, Does.StartWith(text.Contains('\n') ? "x.txt:3" : "x.txt:2"));
    }

    [Test]
    public void AnExpectedFailureIsReportedAsSkippedWithItsReason()
    {
        var (state, message) = ExpectationVerdict.Judge(Parsed.Find("Annotate.MovedLines"), ResultState.Failure, "Expected: 3\nBut was: 2", Today);
        Assert.That(state, Is.EqualTo(ResultState.Ignored));
        Assert.That(message, Is.EqualTo("expected failure (bug #12): Expected: 3\nBut was: 2"));
    }

    [Test]
    public void AnUnexpectedPassFailsAndSaysWhichLineIsStale()
    {
        var (state, message) = ExpectationVerdict.Judge(Parsed.Find("Symlinks.Kept"), ResultState.Success, "", Today);
        Assert.That(state, Is.EqualTo(ResultState.Failure));
        Assert.That(message, Does.StartWith("XPASS: expected to fail (limit: svn keeps links").And.EndWith("remove it from svn/expectations.txt:3"));
    }

    [Test]
    public void AnExpiredExpectationExcusesNothingButTheLastDayStillCounts()
    {
        var expectation = Parsed.Find("Annotate.MovedLines");
        Assert.That(ExpectationVerdict.Judge(expectation, ResultState.Failure, "boom", new DateOnly(2026, 12, 31)).State, Is.EqualTo(ResultState.Ignored));
        var (state, message) = ExpectationVerdict.Judge(expectation, ResultState.Error, "boom", new DateOnly(2027, 1, 1));
        Assert.That(state, Is.EqualTo(ResultState.Error));
        Assert.That(message, Is.EqualTo("the expectation at svn/expectations.txt:2 (bug #12) expired on 2026-12-31: fix the failure, or renew the date; boom"));
    }

    [TestCase("Anyvc.BackendCrashedException : svn backend (pid 7) closed the connection")]
    [TestCase("Anyvc.BackendProtocolException : bad frame magic")]
    [TestCase("System.TimeoutException : waited 60 s")]
    public void ACrashAHangOrABrokenProtocolIsNeverExcused(string crash)
    {
        var (state, message) = ExpectationVerdict.Judge(Parsed.Find("Symlinks.Kept"), ResultState.Error, crash, Today);
        Assert.That(state, Is.EqualTo(ResultState.Error));
        Assert.That(message, Is.EqualTo($"not excused by the expectation at svn/expectations.txt:3, because the backend crashed, broke the protocol or hung: {crash}"));
    }

    [Test]
    public void SkipsAndTestsWithoutAnExpectationAreLeftAlone()
    {
        Assert.That(ExpectationVerdict.Judge(Parsed.Find("Symlinks.Kept"), ResultState.Ignored, "lacks Symlinks", Today), Is.EqualTo((ResultState.Ignored, "lacks Symlinks")));
        Assert.That(ExpectationVerdict.Judge(null, ResultState.Failure, "boom", Today), Is.EqualTo((ResultState.Failure, "boom")));
    }

    [Test]
    public void AnInTreeBackendsFileIsInItsFolderAndMayBeAbsent()
    {
        using var scratch = new Scratch();
        scratch.AddBackendProjects("Anyvc.Backends.Fossil", "Anyvc.Backends.Bzr");
        File.WriteAllText(scratch.Combine("backends", "Anyvc.Backends.Fossil", "expectations.txt"), "Tags.* | limit | fossil tags are properties\n");
        var found = InTreeBackends.Discover(scratch.Path);
        Assert.That(found[1].Expectations.Find("Tags.Move")?.Detail, Is.EqualTo("fossil tags are properties"));
        Assert.That(found[0].Expectations.All, Is.Empty);
        Assert.That(found[0].ExpectationsFile, Is.EqualTo(scratch.Combine("backends", "Anyvc.Backends.Bzr", "expectations.txt")));
    }

    [Test]
    public void AnOutOfTreeBackendNamesItsFileInItsRegistration()
    {
        using var scratch = new Scratch();
        var registration = scratch.Combine("backends.json");
        File.WriteAllText(scratch.Combine("bzr-expectations.txt"), "History.BuildFirstCommit | bug | bzr#1\n");
        File.WriteAllText(registration, """{"backends": [{"name": "bzr", "program": "bzr-anyvc", "expectations": "bzr-expectations.txt"}]}""");
        Assert.That(BackendRegistrations.Load(registration).Single().Expectations.Find("History.BuildFirstCommit")?.Detail, Is.EqualTo("bzr#1"), "relative to the registration");
        File.WriteAllText(registration, """{"backends": [{"name": "bzr", "program": "bzr-anyvc", "expectations": "missing.txt"}]}""");
        Assert.That(Assert.Throws<ArgumentException>(() => BackendRegistrations.Load(registration))!.Message,
            Does.Contain(registration).And.Contain("missing.txt").And.Contain("does not exist"));
    }
}
