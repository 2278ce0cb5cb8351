using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class DirectoryPolicyTests
{
    [Test]
    public void TestDirectoriesHaveReadableNames()
    {
        var path = RepositoryManager.DirectoryFor("/runs/r1", "History", "git", "CreateCommitWithAuthor(\"a/b <c>\")");
        Assert.That(path, Is.EqualTo("/runs/r1/History/git/CreateCommitWithAuthor(_a_b__c__)"));
    }

    [TestCase(true, KeepPolicy.Failed, false)]
    [TestCase(false, KeepPolicy.Failed, true)]
    [TestCase(true, KeepPolicy.Always, true)]
    [TestCase(false, KeepPolicy.Never, false)]
    public void FinishKeepsOrDeletesByPolicy(bool passed, KeepPolicy policy, bool kept)
    {
        using var scratch = new Scratch();
        using var lease = ChildPools.For(BackendCatalog.Named("memory")).Rent();
        var manager = new RepositoryManager(lease.Connection, scratch.Combine("History", "git", "Test"));
        manager.MakeRepo("repo").GetDefaultHead();
        var output = new StringWriter();
        Assert.That(manager.Finish(passed, policy, output), Is.EqualTo(kept));
        Assert.That(Directory.Exists(manager.Path), Is.EqualTo(kept));
        Assert.That(output.ToString(), kept ? Does.Contain(manager.Path) : Is.Empty);
    }

    [Test]
    public void SweepRemovesOnlyOldRuns()
    {
        using var scratch = new Scratch();
        var old = Directory.CreateDirectory(scratch.Combine("20000101-000000-1"));
        File.WriteAllText(System.IO.Path.Combine(old.FullName, "f"), "x");
        old.LastWriteTimeUtc = DateTime.UtcNow.AddDays(-2);
        var recent = Directory.CreateDirectory(scratch.Combine("recent"));
        Assert.That(RunDirectory.Sweep(scratch.Path, TimeSpan.FromDays(1)), Is.EqualTo(1));
        Assert.That(old.Exists, Is.False);
        Assert.That(Directory.Exists(recent.FullName), Is.True);
    }

    [TestCase(null, KeepPolicy.Failed)]
    [TestCase("", KeepPolicy.Failed)]
    [TestCase("failed", KeepPolicy.Failed)]
    [TestCase("always", KeepPolicy.Always)]
    [TestCase("never", KeepPolicy.Never)]
    public void KeepPolicyParses(string? value, KeepPolicy expected) =>
        Assert.That(RepositoryManager.ParsePolicy(value), Is.EqualTo(expected));

    [Test]
    public void UnknownKeepPolicyNamesTheVariableAndTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => RepositoryManager.ParsePolicy("sometimes"))!;
        Assert.That(error.Message, Does.Contain("ANYVC_KEEP=sometimes").And.Contain("failed, always, never"));
    }

    [Test]
    public void RepositoryNamesStayInsideTheTestDirectory()
    {
        using var scratch = new Scratch();
        using var lease = ChildPools.For(BackendCatalog.Named("memory")).Rent();
        var manager = new RepositoryManager(lease.Connection, scratch.Combine("t"));
        Assert.Throws<ArgumentException>(() => manager.MakeRepo("../escape"));
        Assert.Throws<ArgumentException>(() => manager.MakeRepo(".."));
    }
}
