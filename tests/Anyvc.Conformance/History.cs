using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

[BackendFixture]
public class History(Backend backend) : BackendTest(backend)
{
    [Test]
    public void BuildFirstCommit()
    {
        var repo = Mgr.MakeRepo("repo");
        using (var tx = repo.Transaction(message: "initial", author: "test"))
        {
            using (var f = tx.Root.Join("test.txt").Open(FileMode.Create))
                f.Write("text"u8);
            tx.Commit();
        }
        var head = repo.GetDefaultHead();
        Assert.That(head.Root.Join("test.txt").ReadAllText(), Is.EqualTo("text"));
    }

    [Test]
    public void AnEmptyCommitIsARevisionOfItsOwn()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var empty = Fixed.Commit(repo, "nothing changed", _ => { }, minute: 1);
        Assert.Multiple(() =>
        {
            Assert.That(empty.Id, Is.Not.EqualTo(first.Id));
            Assert.That(empty.Parents.Select(p => p.Id), Is.EqualTo(new[] { first.Id }));
            Assert.That(empty.ChangedFiles, Is.Empty);
            Assert.That(empty.DiffToParent(), Is.Empty);
            Assert.That(empty.Message, Is.EqualTo("nothing changed"));
            Assert.That(repo.History().Select(r => r.Id), Is.EqualTo(new[] { empty.Id, first.Id }));
            Assert.That(empty.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a"));
        });
    }

    [Test]
    public void GenerateCommitChain()
    {
        var repo = Mgr.MakeRepo("repo");
        var made = new List<Revision>();
        for (var i = 0; i < 10; i++)
            made.Add(Fixed.Commit(repo, $"commit {i}", root => root.Join("counter.txt").WriteAllText(i.ToString()), minute: i));
        Assert.That(repo.Count, Is.EqualTo(10));
        Assert.That(repo.History().Select(r => r.Id), Is.EqualTo(made.AsEnumerable().Reverse().Select(r => r.Id)));
        Assert.That(made[0].Parents, Is.Empty);
        for (var i = 1; i < 10; i++)
            Assert.That(made[i].Parents.Select(p => p.Id), Is.EqualTo(new[] { made[i - 1].Id }), $"parents of commit {i}");
        Assert.That(repo.GetDefaultHead()!.Message, Is.EqualTo("commit 9"));
        Assert.That(made[4].Root.Join("counter.txt").ReadAllText(), Is.EqualTo("4"));
    }

    [Test, RequiresFeature(Feature.CommitTime)]
    public void CreateCommitAtTime()
    {
        var repo = Mgr.MakeRepo("repo");
        var revision = Fixed.Commit(repo, "dated", root => root.Join("a").WriteAllText("a"));
        Assert.That(revision.Time.UtcDateTime, Is.EqualTo(Fixed.When.UtcDateTime));
    }

    [Test, RequiresFeature(Feature.CommitTime)]
    public void CommitTimeAfter2106IsKept()
    {
        var repo = Mgr.MakeRepo("repo");
        var late = new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var tx = repo.Transaction("after unsigned 32-bit seconds run out", Fixed.Author, late))
        {
            tx.Root.Join("a").WriteAllText("a");
            tx.Commit();
        }
        Assert.That(repo.GetDefaultHead()!.Time.UtcDateTime, Is.EqualTo(late.UtcDateTime));
    }

    [Test, RequiresFeature(Feature.TimeZoneOffset)]
    public void CommitTimeKeepsItsOffset()
    {
        var repo = Mgr.MakeRepo("repo");
        var west = new DateTimeOffset(2020, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(-(5 * 60 + 30)));
        using (var tx = repo.Transaction("west of UTC", Fixed.Author, west))
        {
            tx.Root.Join("a").WriteAllText("a");
            tx.Commit();
        }
        var head = repo.GetDefaultHead()!;
        Assert.That(head.Time, Is.EqualTo(west));
        Assert.That(head.Time.Offset, Is.EqualTo(west.Offset));
    }

    [Test, RequiresFeature(Feature.CommitTime)]
    public void SubSecondTimeIsKeptToTheSecond()
    {
        var repo = Mgr.MakeRepo("repo");
        using (var tx = repo.Transaction("ms", Fixed.Author, Fixed.When.AddMilliseconds(750)))
        {
            tx.Root.Join("a").WriteAllText("a");
            tx.Commit();
        }
        Assert.That(repo.GetDefaultHead()!.Time.UtcDateTime, Is.EqualTo(Fixed.When.UtcDateTime));
    }

    [TestCase("Ronny Pfannschmidt <ronny@example.invalid>")]
    [TestCase("test")]
    [TestCase("Zoë Ünicode <zoe@example.invalid>")]
    public void CreateCommitWithAuthor(string author)
    {
        var repo = Mgr.MakeRepo("repo");
        using (var tx = repo.Transaction("authored", author, Fixed.When))
        {
            tx.Root.Join("a").WriteAllText("a");
            tx.Commit();
        }
        var head = repo.GetDefaultHead()!;
        Assert.That(head.Author, Is.EqualTo(author));
        Assert.That(head.Message, Is.EqualTo("authored"));
    }

    [TestCase("test author ", "test author")]
    [TestCase("  Spaced   Out  <  spaced@example.invalid > ", "Spaced   Out <spaced@example.invalid>")]
    [TestCase("Tight<tight@example.invalid>", "Tight <tight@example.invalid>")]
    public void AnAuthorIsStoredInItsCanonicalForm(string given, string stored)
    {
        var repo = Mgr.MakeRepo("repo");
        using (var tx = repo.Transaction("authored", given, Fixed.When))
        {
            tx.Root.Join("a").WriteAllText("a");
            tx.Commit();
        }
        Assert.That(repo.GetDefaultHead()!.Author, Is.EqualTo(stored));
    }

    [Test]
    public void MultiLineMessageIsKeptExactly()
    {
        var repo = Mgr.MakeRepo("repo");
        const string message = "Subject line\n\nBody with ünïcode,\n  indented line and trailing text";
        var revision = Fixed.Commit(repo, message, root => root.Join("a").WriteAllText("a"));
        Assert.That(repo.GetRevision(revision.Id).Message, Is.EqualTo(message));
    }

    [Test]
    public void RevisionById()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "first", root => root.Join("a").WriteAllText("1"));
        Fixed.Commit(repo, "second", root => root.Join("a").WriteAllText("2"), minute: 1);
        var found = repo.GetRevision(first.Id);
        Assert.That(found.Id, Is.EqualTo(first.Id));
        Assert.That(found.Message, Is.EqualTo("first"));
        Assert.That(found.Root.Join("a").ReadAllText(), Is.EqualTo("1"));
        var missing = Assert.Throws<NotFoundException>(() => repo.GetRevision("12345678"))!;
        Assert.That(missing.Message, Does.Contain(Backend.Name).And.Contain("12345678"));
    }

    [Test]
    public void EmptyRepositoryHasNoHead()
    {
        var repo = Mgr.MakeRepo("repo");
        Assert.That(repo.GetDefaultHead(), Is.Null);
        Assert.That(repo.Count, Is.Zero);
        Assert.That(repo.History(), Is.Empty);
    }

    [Test]
    public void AbortedTransactionCommitsNothing()
    {
        var repo = Mgr.MakeRepo("repo");
        using (var tx = repo.Transaction("never", Fixed.Author, Fixed.When))
            tx.Root.Join("a").WriteAllText("lost");
        Assert.That(repo.GetDefaultHead(), Is.Null);
        var first = Fixed.Commit(repo, "kept", root => root.Join("a").WriteAllText("kept"));
        using (var tx = repo.Transaction("never either", Fixed.Author, Fixed.When))
        {
            tx.Root.Join("a").WriteAllText("lost");
            tx.Root.Join("b").WriteAllText("lost");
        }
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(first.Id));
        Assert.That(repo.Count, Is.EqualTo(1));
        Assert.That(repo.GetDefaultHead()!.Root.Join("a").ReadAllText(), Is.EqualTo("kept"));
    }

    [Test]
    public void ReopenedRepositorySeesCommits()
    {
        var made = Fixed.Commit(Mgr.MakeRepo("repo"), "persisted", root => root.Join("a").WriteAllText("a"));
        var reopened = Mgr.OpenRepo("repo");
        Assert.That(reopened.GetDefaultHead()!.Id, Is.EqualTo(made.Id));
    }

    [Test]
    public void AMessageLargerThanAFrameIsRefusedAndTheConnectionLives()
    {
        var repo = Mgr.MakeRepo("repo");
        var error = Assert.Throws<AnyvcException>(() => repo.Transaction(new string('m', 5 << 20), Fixed.Author, Fixed.When))!;
        Assert.That(error.Message, Does.Contain("tx.begin").And.Contain("frame"));
        Assert.That(Fixed.Commit(repo, "next", root => root.Join("a").WriteAllText("a")).Message, Is.EqualTo("next"));
    }

    [Test]
    public void AStreamIntoATransactionThatNeverBeganFailsWithTheOriginalError()
    {
        var missing = Mgr.OpenRepo("no-such-repo");
        using var tx = missing.Transaction("on a repository that never opened", Fixed.Author, Fixed.When);
        var error = Assert.Throws<NotFoundException>(() => tx.Root.Join("big.bin").WriteAllBytes(new byte[3 << 20]))!;
        Assert.That(error.Message, Does.Contain("no-such-repo").And.Contain("big.bin"));
    }

    [Test]
    public void FailedCreationSurfacesAtFirstUse()
    {
        var missing = Mgr.OpenRepo("no-such-repo");
        var tx = missing.Transaction("on a repository that never opened", Fixed.Author, Fixed.When);
        var error = Assert.Throws<NotFoundException>(() => tx.Commit())!;
        Assert.That(error.Message, Does.Contain("no-such-repo"));
    }
}
