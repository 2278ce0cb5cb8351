using System.Collections;
using Anyvc.Channels;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class HermeticTests
{
    [Test]
    public void ChildEnvironmentKeepsNothingOfAHostileUser()
    {
        using var scratch = new Scratch();
        var hostile = Hostile.Home(scratch.Combine("hostile"));
        var environment = HermeticEnvironment.Create(scratch.Combine("run"), Hostile.Outer(hostile));
        Assert.That(environment.Variables.Values, Has.None.Contains(hostile));
        Assert.That(environment.Variables["PATH"], Is.EqualTo(Environment.GetEnvironmentVariable("PATH")));
        Assert.That(environment.Variables["HOME"], Is.EqualTo(environment.Home).And.StartsWith(scratch.Path));
        Assert.That(environment.Variables["TZ"], Is.EqualTo("UTC"));
        Assert.That(environment.Variables, Does.Not.ContainKey("EDITOR").And.Not.ContainKey("GIT_DIR"));
    }

    [Test]
    public void HostileGitConfigChangesNothingCommitted()
    {
        using var scratch = new Scratch();
        var clean = CommitWith(scratch.Combine("clean"), Environment.GetEnvironmentVariables());
        var hostile = CommitWith(scratch.Combine("hostile-run"), Hostile.Outer(Hostile.Home(scratch.Combine("hostile"))));
        Assert.That(hostile, Is.EqualTo(clean), "the same commit must get the same id whatever the user's config says");
        Assert.That(File.ReadAllText(scratch.Combine("hostile-run", "repo", "HEAD")), Is.EqualTo("ref: refs/heads/main\n"));
    }

    private static string CommitWith(string root, IDictionary outer)
    {
        var environment = HermeticEnvironment.Create(root, outer);
        using var gateway = Gateway.Start(BackendCatalog.Known[0].GatewayOptions(environment));
        using var connection = new BackendConnection(gateway);
        var repo = connection.CreateRepository(Path.Combine(root, "repo"));
        using var tx = repo.Transaction("fixed", "Fixed Person <fixed@example.invalid>", new DateTimeOffset(2009, 8, 24, 16, 16, 26, TimeSpan.FromHours(2)));
        tx.Root.Join("dir/file.txt").WriteAllText("content\r\n");
        return tx.Commit().Id;
    }
}
