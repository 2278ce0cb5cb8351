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

    [Test]
    public void SkipStaysASkip() => Assert.That(Mark.Judge(ResultState.Ignored, "lacks x").State, Is.EqualTo(ResultState.Ignored));
}
