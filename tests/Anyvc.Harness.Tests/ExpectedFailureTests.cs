using Anyvc.Fixtures;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Anyvc.Harness.Tests;

public class ExpectedFailureTests
{
    private static readonly ExpectedFailureAttribute Mark = new("svn", "no offsets");

    [Test]
    public void FailureOnTheMarkedBackendBecomesAKnownGap()
    {
        var (state, message) = Mark.Judge(ResultState.Failure, "boom");
        Assert.That(state, Is.EqualTo(ResultState.Ignored));
        Assert.That(message, Does.Contain("known gap on svn: no offsets").And.Contain("boom"));
    }

    [Test]
    public void PassOnTheMarkedBackendFailsSoTheMarkIsRemoved()
    {
        var (state, message) = Mark.Judge(ResultState.Success, "");
        Assert.That(state, Is.EqualTo(ResultState.Failure));
        Assert.That(message, Does.Contain("remove [ExpectedFailure]"));
    }

    [TestCase("Anyvc.BackendCrashedException : svn backend (pid 7) closed the connection")]
    [TestCase("Anyvc.BackendProtocolException : bad frame magic")]
    [TestCase("System.TimeoutException : waited 60 s")]
    public void ACrashIsNeverExcused(string message)
    {
        var (state, reported) = Mark.Judge(ResultState.Error, message);
        Assert.That(state.Status, Is.EqualTo(TestStatus.Failed));
        Assert.That(reported, Does.Contain(message).And.Contain("not excused"));
    }

    [Test]
    public void SkipStaysASkip() => Assert.That(Mark.Judge(ResultState.Ignored, "lacks x").State, Is.EqualTo(ResultState.Ignored));
}
