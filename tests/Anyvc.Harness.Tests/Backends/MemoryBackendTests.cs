using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

[Category("memory")]
public class MemoryBackendTests
{
    internal static readonly DateTimeOffset When = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void TheSameCommitGetsTheSameIdInEveryRepositoryAndProcess()
    {
        using var scratch = new Scratch();
        using var first = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Combine("first")));
        using var second = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Combine("second")));
        var id = BackendProcess.FixedCommit(first.Connection, scratch.Combine("one"));
        Assert.That(id, Does.Match("^[0-9a-f]{40}$"));
        Assert.That(BackendProcess.FixedCommit(first.Connection, scratch.Combine("two")), Is.EqualTo(id), "another repository in the same process");
        Assert.That(BackendProcess.FixedCommit(second.Connection, scratch.Combine("three")), Is.EqualTo(id), "a repository in another process");
    }

    [Test]
    public void AFourDigitPrefixResolvesAndAThreeDigitOneDoesNot()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Path));
        var id = BackendProcess.FixedCommit(connection.Connection, scratch.Combine("repo"));
        var repo = connection.OpenRepository(scratch.Combine("repo"));
        Assert.That(repo.GetRevision(id[..4]).Id, Is.EqualTo(id));
        Assert.That(repo.GetRevision(id[..4].ToUpperInvariant()).Id, Is.EqualTo(id), "hex digits in either case");
        var error = Assert.Throws<NotFoundException>(() => repo.GetRevision(id[..3]))!;
        Assert.That(error.Message, Does.Contain(id[..3]).And.Contain(scratch.Combine("repo")));
    }

    [Test]
    public void AnAmbiguousPrefixIsNotFound()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        // Ids are deterministic, so this stops at the same commit on every run.
        var byPrefix = new Dictionary<string, string>();
        string? shared = null;
        for (var i = 0; shared is null; i++)
        {
            var id = Commit(repo, root => root.Join("counter.txt").WriteAllText(i.ToString()));
            if (!byPrefix.TryAdd(id[..4], id))
                shared = id[..4];
        }
        var error = Assert.Throws<NotFoundException>(() => repo.GetRevision(shared))!;
        Assert.That(error.Message, Does.Contain(shared).And.Contain("ambiguous"));
    }

    [Test]
    public void AReopenedDirectoryWithoutItsMarkerIsNotFound()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Path));
        var directory = scratch.Combine("repo");
        BackendProcess.FixedCommit(connection.Connection, directory);
        Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var error = Assert.Throws<NotFoundException>(() => connection.OpenRepository(directory).GetDefaultHead())!;
        Assert.That(error.Message, Does.Contain(directory).And.Contain(".anyvc-memory"));
    }

    [Test]
    public void ARepositoryOfAnotherProcessIsNotFound()
    {
        using var scratch = new Scratch();
        using var creator = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Combine("creator")));
        using var other = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Combine("other")));
        var directory = scratch.Combine("repo");
        BackendProcess.FixedCommit(creator.Connection, directory);
        var error = Assert.Throws<NotFoundException>(() => other.OpenRepository(directory).GetDefaultHead())!;
        Assert.That(error.Message, Does.Contain(directory).And.Contain("created by another backend process"));
    }

    [Test]
    public void ACopiedDirectoryIsNotFoundRatherThanSharingTheOriginal()
    {
        using var scratch = new Scratch();
        using var child = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Path));
        var directory = scratch.Combine("repo");
        BackendProcess.FixedCommit(child.Connection, directory);
        var copy = Directory.CreateDirectory(scratch.Combine("copy")).FullName;
        foreach (var file in Directory.GetFiles(directory))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var error = Assert.Throws<NotFoundException>(() => child.OpenRepository(copy).GetDefaultHead())!;
        Assert.That(error.Message, Does.Contain(copy).And.Contain("copy").And.Contain(directory));
        Assert.That(child.OpenRepository(directory + "/").GetDefaultHead(), Is.Not.Null, "the original, however spelled, still opens");
        Assert.That(child.Connection.Info.Limits, Does.ContainKey(Feature.CopyableDirectories), "and the backend says why it cannot be copied");
    }

    [Test]
    public void AResetForgetsEveryRepositorySoAPooledChildStartsEmpty()
    {
        using var scratch = new Scratch();
        using var child = BackendProcess.Start("memory", ChildEnvironment.Create(scratch.Path));
        var directory = scratch.Combine("repo");
        BackendProcess.FixedCommit(child.Connection, directory);
        Assert.That(child.OpenRepository(directory).GetDefaultHead(), Is.Not.Null);
        child.Connection.Reset();
        var error = Assert.Throws<NotFoundException>(() => child.OpenRepository(directory).GetDefaultHead())!;
        Assert.That(error.Message, Does.Contain("not made by this process").Or.Contain("forgot it in Reset"));
    }

    internal static string Commit(Repository repo, Action<RepoPath> change)
    {
        using var tx = repo.Transaction("change", "Tester <t@example.invalid>", When);
        change(tx.Root);
        return tx.Commit().Id;
    }
}
