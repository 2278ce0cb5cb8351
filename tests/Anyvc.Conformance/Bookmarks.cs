using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Bookmarks (hg's movable names): set, move, resolve, delete; they add no revision and commits leave them.</summary>
[BackendFixture, RequiresFeature(Feature.Bookmarks)]
public class Bookmarks(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision first = null!;
    private Revision second = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("1"));
        second = Fixed.Commit(repo, "second", root => root.Join("a.txt").WriteAllText("2"), minute: 1);
    }

    [Test]
    public void ABookmarkNamesARevisionAndAddsNone()
    {
        repo.SetBookmark("review", first);
        Assert.Multiple(() =>
        {
            Assert.That(repo.Bookmarks().Select(b => $"{b.Name}={b.Target.Id}"), Is.EqualTo(new[] { $"review={first.Id}" }));
            Assert.That(repo.Resolve("review").Id, Is.EqualTo(first.Id));
            Assert.That(repo.Log(new LogQuery { AllBranches = true }).Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void ABookmarkMovesAnywhereAndCommitsLeaveItAlone()
    {
        repo.SetBookmark("work", second);
        repo.SetBookmark("work", first);
        var third = Fixed.Commit(repo, "third", root => root.Join("a.txt").WriteAllText("3"), minute: 2);
        Assert.That(repo.Resolve("work").Id, Is.EqualTo(first.Id));
        repo.SetBookmark("work", third);
        Assert.That(repo.Resolve("work").Id, Is.EqualTo(third.Id));
    }

    [Test]
    public void ADeletedBookmarkIsGone()
    {
        repo.SetBookmark("b/with/slashes", second);
        repo.SetBookmark("other", first);
        repo.DeleteBookmark("b/with/slashes");
        Assert.That(repo.Bookmarks().Select(b => b.Name), Is.EqualTo(new[] { "other" }));
        Assert.That(Assert.Throws<NotFoundException>(() => repo.DeleteBookmark("b/with/slashes"))!.Message, Does.Contain("'b/with/slashes'"));
    }

    [TestCase("with space")]
    [TestCase("7")]
    [TestCase("HEAD")]
    public void MalformedBookmarkNamesAreRefused(string name)
    {
        Assert.Throws<InvalidNameException>(() => repo.SetBookmark(name, first));
        Assert.That(repo.Bookmarks(), Is.Empty);
    }

    [Test]
    public void ABookmarkWinsOverABranchOfTheSameName()
    {
        Assume.That(repo.Backend.Supports(Feature.Branches), "the backend has no branches");
        repo.CreateBranch("same", second, author: Fixed.Author, time: Fixed.At(5));
        repo.SetBookmark("same", first);
        Assert.That(repo.Resolve("same").Id, Is.EqualTo(first.Id), "as in hg: bookmarks, then tags, then branches");
    }
}
