using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class MissingToolTests
{
    [TestCase("hg", "apt-get install mercurial", Category = "hg")]
    [TestCase("svn", "apt-get install subversion", Category = "svn")]
    public void MissingToolMakesTheBackendUnavailableWithItsInstallHint(string backend, string hint)
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start(backend, ChildEnvironment.Create(scratch.Path), env => env["PATH"] = "/nonexistent");
        Assert.That(connection.Info.IsAvailable, Is.False);
        Assert.That(connection.Info.UnavailableReason, Does.Contain(hint));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        var error = Assert.Throws<FeatureNotSupportedException>(() => repo.GetDefaultHead())!;
        Assert.That(error.Message, Does.Contain(hint), "using it anyway fails with the same reason");
    }
}
