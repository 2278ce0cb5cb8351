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
        var h = Linear();
        Assert.That(h.Names(h.Repository.Log()), Is.EqualTo(Enumerable.Range(0, 12).Reverse().Select(i => $"l{i}")));
        Assert.That(Ids(h.Repository.Log()), Is.EqualTo(Ids(h.Repository.History())));
    }

    [Test]
    public void AnEmptyRepositoryHasAnEmptyLog() => Assert.That(repo.Log(), Is.Empty);

    [Test]
    public void ALimitKeepsTheNewest()
    {
        var h = Linear();
        Assert.That(h.Names(h.Repository.Log(new LogQuery { Limit = 2 })), Is.EqualTo(new[] { "l11", "l10" }));
        Assert.That(h.Repository.Log(new LogQuery { Limit = 0 }), Is.Empty);
    }

    [Test]
    public void ALogStartsWhereAsked()
    {
        var h = Linear();
        Assert.That(h.Names(h.Repository.Log(new LogQuery { From = [h["l2"].Id] })), Is.EqualTo(new[] { "l2", "l1", "l0" }));
    }

    [Test]
    public void ALogOfAPathListsTheRevisionsThatChangedSomethingThere()
    {
        var h = Linear();
        IReadOnlyList<string> Of(string path, int? limit = null) => h.Names(h.Repository.Log(new LogQuery { Path = path, Limit = limit }));
        Assert.Multiple(() =>
        {
            Assert.That(Of("a.txt"), Is.EqualTo(new[] { "l3", "l0" }));
            Assert.That(Of("d"), Is.EqualTo(new[] { "l5", "l2" }), "'d' is not a prefix of 'dx'");
            Assert.That(Of("d/x.txt", limit: 1), Is.EqualTo(new[] { "l5" }));
            Assert.That(Of("never.txt"), Is.Empty);
        });
    }

    [Test, RequiresFeature(Feature.Renames)]
    public void ALogOfARenamedFileFollowsItsOldPathWhenAsked()
    {
        var h = Mgr.MakeRepo("renames", history: "renames");
        Assert.That(h.Names(h.Repository.Log(new LogQuery { Path = "new.txt" })), Is.EqualTo(new[] { "again", "moved" }));
        Assert.That(h.Names(h.Repository.Log(new LogQuery { Path = "new.txt", FollowRenames = true })), Is.EqualTo(new[] { "again", "moved", "edited", "added" }));
    }

    [Test, RequiresFeature(Feature.Renames)]
    public void ALogFollowsAFileThroughItsDirectorysRename()
    {
        var h = Mgr.MakeRepo("renames", history: "renames");
        Assert.That(h.Names(h.Repository.Log(new LogQuery { Path = "manual/guide.md" })), Is.EqualTo(new[] { "last", "dirmoved" }));
        Assert.That(h.Names(h.Repository.Log(new LogQuery { Path = "manual/guide.md", FollowRenames = true })), Is.EqualTo(new[] { "last", "dirmoved", "added" }));
        Assert.That(h.Names(h.Repository.Log(new LogQuery { Path = "manual", FollowRenames = true })), Is.EqualTo(new[] { "last", "dirmoved", "added" }));
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
        var h = Linear();
        Assert.That(h.Repository.Log(new LogQuery { Merges = MergeFilter.MergesOnly }), Is.Empty);
        Assert.That(h.Repository.Log(new LogQuery { Merges = MergeFilter.NoMerges, FirstParentOnly = true }).Count(), Is.EqualTo(12));
    }

    [Test]
    public void PagesGiveTheSameLogAsOneReadAndAnAbandonedReadLeavesNothingBehind()
    {
        var linear = Linear().Repository;
        var whole = Ids(linear.Log(pageSize: 100));
        Assert.That(Ids(linear.Log(pageSize: 5)), Is.EqualTo(whole));
        Assert.That(Ids(linear.Log(pageSize: 1).Take(3)), Is.EqualTo(whole.Take(3)));
        // the abandoned walk was released: the repository still reads and commits
        Fixed.Commit(linear, "after", root => root.Join("after.txt").WriteAllText("x"), minute: 30);
        Assert.That(linear.Log(pageSize: 7).Count(), Is.EqualTo(13));
    }

    [Test]
    public void PagesOfALogOfEveryBranchGiveTheWholeLog()
    {
        var h = Mgr.MakeRepo("long", history: "long-branchy");
        var whole = h.Repository.Log(new LogQuery { AllBranches = true }, pageSize: 1000).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Ids(h.Repository.Log(new LogQuery { AllBranches = true }, pageSize: 3)), Is.EqualTo(Ids(whole)));
            Assert.That(h.NamedOnly(whole), Is.EquivalentTo(h.Ids.Keys));
            Assert.That(h.Names(h.Repository.Log(new LogQuery { Merges = MergeFilter.MergesOnly }, pageSize: 2)), Is.EqualTo(new[] { "m7", "m5", "m3" }));
            Assert.That(h.NamedOnly(h.Repository.Log(new LogQuery { From = ["experiment"] })).Take(4), Is.EqualTo(new[] { "x3", "x2", "x1", "m3" }), "the experiment forked at m3");
        });
    }

    [Test]
    public void AnUnknownStartOrABadPathIsRefusedByName()
    {
        Commits(1);
        var error = Assert.Throws<NotFoundException>(() => repo.Log(new LogQuery { From = ["0000deadbeef"] }).ToList())!;
        Assert.That(error.Message, Does.Contain("0000deadbeef"));
        Assert.Throws<InvalidRepoPathException>(() => repo.Log(new LogQuery { Path = "../outside" }));
    }

    private Fixtures.Histories.DeclaredRepository Linear() => Mgr.MakeRepo("linear", history: "linear");

    private List<Revision> Commits(int count) =>
        Enumerable.Range(0, count).Select(i => Fixed.Commit(repo, $"commit {i}", root => root.Join("file.txt").WriteAllText($"{i}\n"), minute: i)).ToList();

    private static List<string> Ids(IEnumerable<Revision> revisions) => revisions.Select(revision => revision.Id).ToList();
}
