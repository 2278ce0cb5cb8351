using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Log queries: newest first from starting points, limited to a path, by parents, to a count; read lazily.</summary>
[BackendFixture]
public class Log(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;

    [SetUp]
    public void Start() => repo = Mgr.MakeRepo("repo");

    [Test]
    public void TheDefaultLogIsTheDefaultLineNewestFirst()
    {
        var revisions = Commits(5);
        Assert.That(Ids(repo.Log()), Is.EqualTo(Ids(revisions.AsEnumerable().Reverse())));
        Assert.That(Ids(repo.Log()), Is.EqualTo(Ids(repo.History())));
    }

    [Test]
    public void AnEmptyRepositoryHasAnEmptyLog() => Assert.That(repo.Log(), Is.Empty);

    [Test]
    public void ALimitKeepsTheNewest()
    {
        var revisions = Commits(5);
        Assert.That(Ids(repo.Log(new LogQuery { Limit = 2 })), Is.EqualTo(new[] { revisions[4].Id, revisions[3].Id }));
        Assert.That(repo.Log(new LogQuery { Limit = 0 }), Is.Empty);
    }

    [Test]
    public void ALogStartsWhereAsked()
    {
        var revisions = Commits(4);
        var log = repo.Log(new LogQuery { From = [revisions[2].Id] });
        Assert.That(Ids(log), Is.EqualTo(new[] { revisions[2].Id, revisions[1].Id, revisions[0].Id }));
    }

    [Test]
    public void ALogOfAPathListsTheRevisionsThatChangedSomethingThere()
    {
        var a1 = Fixed.Commit(repo, "a", root => root.Join("a.txt").WriteAllText("1"));
        Fixed.Commit(repo, "b", root => root.Join("b.txt").WriteAllText("1"), minute: 1);
        var d1 = Fixed.Commit(repo, "d", root => root.Join("d/x.txt").WriteAllText("1"), minute: 2);
        var a2 = Fixed.Commit(repo, "a again", root => root.Join("a.txt").WriteAllText("2"), minute: 3);
        Fixed.Commit(repo, "dx", root => root.Join("dx/y.txt").WriteAllText("1"), minute: 4);
        var d2 = Fixed.Commit(repo, "d removed", root => root.Join("d/x.txt").Remove(), minute: 5);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(repo.Log(new LogQuery { Path = "a.txt" })), Is.EqualTo(new[] { a2.Id, a1.Id }));
            Assert.That(Ids(repo.Log(new LogQuery { Path = "d" })), Is.EqualTo(new[] { d2.Id, d1.Id }), "'d' is not a prefix of 'dx'");
            Assert.That(Ids(repo.Log(new LogQuery { Path = "d/x.txt", Limit = 1 })), Is.EqualTo(new[] { d2.Id }));
            Assert.That(repo.Log(new LogQuery { Path = "never.txt" }), Is.Empty);
        });
    }

    [Test, RequiresFeature(Feature.Renames)]
    public void ALogOfARenamedFileFollowsItsOldPathWhenAsked()
    {
        var added = Fixed.Commit(repo, "add", root => root.Join("old.txt").WriteAllText("1\n"));
        var edited = Fixed.Commit(repo, "edit", root => root.Join("old.txt").WriteAllText("1\n2\n"), minute: 1);
        var moved = Fixed.Commit(repo, "move", root => root.Join("old.txt").Rename("new.txt"), minute: 2);
        var again = Fixed.Commit(repo, "edit again", root => root.Join("new.txt").WriteAllText("1\n2\n3\n"), minute: 3);
        Assert.That(Ids(repo.Log(new LogQuery { Path = "new.txt" })), Is.EqualTo(new[] { again.Id, moved.Id }));
        Assert.That(Ids(repo.Log(new LogQuery { Path = "new.txt", FollowRenames = true })), Is.EqualTo(new[] { again.Id, moved.Id, edited.Id, added.Id }));
    }

    [Test]
    public void FollowingRenamesWithoutRecordedRenamesIsRefusedWithTheReason()
    {
        if (Mgr.Backend.Supports(Feature.Renames))
            Assert.Ignore($"{Backend.Name} records renames");
        Commits(1);
        var error = Assert.Throws<FeatureNotSupportedException>(() => repo.Log(new LogQuery { Path = "file.txt", FollowRenames = true }).ToList())!;
        Assert.That(error.Message, Does.Contain("Renames").And.Contain(Backend.Name));
    }

    [Test]
    public void OnALinearHistoryNoRevisionIsAMerge()
    {
        var revisions = Commits(3);
        Assert.That(repo.Log(new LogQuery { Merges = MergeFilter.MergesOnly }), Is.Empty);
        Assert.That(repo.Log(new LogQuery { Merges = MergeFilter.NoMerges, FirstParentOnly = true }).Count(), Is.EqualTo(revisions.Count));
    }

    [Test]
    public void PagesGiveTheSameLogAsOneReadAndAnAbandonedReadLeavesNothingBehind()
    {
        Commits(12);
        var whole = Ids(repo.Log(pageSize: 100));
        Assert.That(Ids(repo.Log(pageSize: 5)), Is.EqualTo(whole));
        Assert.That(Ids(repo.Log(pageSize: 1).Take(3)), Is.EqualTo(whole.Take(3)));
        // the abandoned walk was released: the repository still reads and commits
        Fixed.Commit(repo, "after", root => root.Join("after.txt").WriteAllText("x"), minute: 30);
        Assert.That(repo.Log(pageSize: 7).Count(), Is.EqualTo(13));
    }

    [Test]
    public void AnUnknownStartOrABadPathIsRefusedByName()
    {
        Commits(1);
        var error = Assert.Throws<NotFoundException>(() => repo.Log(new LogQuery { From = ["0000deadbeef"] }).ToList())!;
        Assert.That(error.Message, Does.Contain("0000deadbeef"));
        Assert.Throws<InvalidRepoPathException>(() => repo.Log(new LogQuery { Path = "../outside" }));
    }

    private List<Revision> Commits(int count) =>
        Enumerable.Range(0, count).Select(i => Fixed.Commit(repo, $"commit {i}", root => root.Join("file.txt").WriteAllText($"{i}\n"), minute: i)).ToList();

    private static List<string> Ids(IEnumerable<Revision> revisions) => revisions.Select(revision => revision.Id).ToList();
}
