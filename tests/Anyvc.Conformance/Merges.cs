using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Merge commits: several parents, the tree staged on the first, and how logs and ancestry see them.</summary>
[BackendFixture, RequiresFeature(Feature.Branches | Feature.Merges)]
public class Merges(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Branchy history = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        history = new Branchy(repo);
    }

    [Test]
    public void AMergeKeepsItsParentsInOrder() =>
        Assert.That(history.M.Parents.Select(p => p.Id), Is.EqualTo(new[] { history.R3.Id, history.F2.Id }));

    [Test]
    public void AMergesTreeIsWhatWasStagedOnItsFirstParent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(history.M.Root.Join("a.txt").ReadAllText(), Is.EqualTo("merged\n"), "differs from both parents");
            Assert.That(history.M.Root.Join("b.txt").ReadAllText(), Is.EqualTo("b2\n"));
            Assert.That(history.M.Root.Join("d/x.txt").ReadAllText(), Is.EqualTo("x3\n"), "from the first parent");
            Assert.That(history.M.ChangedFiles, Is.EqualTo(new[] { "a.txt", "b.txt" }), "changes are against the first parent");
        });
    }

    [Test]
    public void TheDefaultLineFollowsFirstParentsThroughAMerge()
    {
        var line = new[] { history.R4, history.M, history.R3, history.R2, history.R1, history.R0 }.Select(r => r.Id);
        Assert.Multiple(() =>
        {
            Assert.That(repo.History().Select(r => r.Id), Is.EqualTo(line));
            Assert.That(repo.Log(new LogQuery { FirstParentOnly = true }).Select(r => r.Id), Is.EqualTo(line));
            Assert.That(repo.Log().Select(r => r.Id), Does.Contain(history.F1.Id), "a full log reaches the merged line");
        });
    }

    [Test]
    public void LogsKeepOnlyMergesOrNoMergesWhenAsked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(repo.Log(new LogQuery { Merges = MergeFilter.MergesOnly }).Select(r => r.Id), Is.EqualTo(new[] { history.M.Id }));
            Assert.That(repo.Log(new LogQuery { Merges = MergeFilter.NoMerges }).Select(r => r.Id), Does.Not.Contain(history.M.Id).And.Contain(history.F2.Id));
        });
    }

    [Test]
    public void AMergedBranchIsAnAncestorOfTheMerge()
    {
        Assert.Multiple(() =>
        {
            Assert.That(repo.IsAncestor(history.F2, history.M), Is.True);
            Assert.That(repo.IsAncestor(history.F1, history.R4), Is.True);
            Assert.That(repo.MergeBase(history.F2, history.R4)!.Id, Is.EqualTo(history.F2.Id));
            Assert.That(repo.IsAncestor(history.P1, history.R4), Is.False);
        });
    }

    [Test]
    public void ALogOfAPathSeesChangesOnTheMergedLine()
    {
        var log = repo.Log(new LogQuery { Path = "b.txt" }).Select(r => r.Id).ToList();
        Assert.That(log, Is.EqualTo(new[] { history.M.Id, history.F2.Id, history.F1.Id }));
    }

    [Test]
    public void UnrelatedHistoriesCanBeMerged()
    {
        var orphan = Branchy.OnBranch(repo, "docs", "docs root", root => root.Join("docs/index.md").WriteAllText("# docs\n"), 20, parents: []);
        var merge = Branchy.OnBranch(repo, repo.DefaultBranch, "merge docs", root => root.Join("docs/index.md").WriteAllText("# docs\n"), 21, parents: [history.R4, orphan]);
        Assert.Multiple(() =>
        {
            Assert.That(repo.MergeBase(history.R4, orphan), Is.Null);
            Assert.That(repo.MergeBase(merge, orphan)!.Id, Is.EqualTo(orphan.Id));
            Assert.That(merge.Parents.Select(p => p.Id), Is.EqualTo(new[] { history.R4.Id, orphan.Id }));
            Assert.That(merge.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt", "d", "docs", "e.txt" }));
            Assert.That(repo.Log().Select(r => r.Id), Does.Contain(orphan.Id));
        });
    }

    [Test]
    public void AMergeThatChangesNothingIsStillARevision()
    {
        var merge = Branchy.OnBranch(repo, Branchy.Release, "merge main into release", _ => { }, 20, parents: [history.P1, history.R4]);
        Assert.Multiple(() =>
        {
            Assert.That(merge.Parents.Select(p => p.Id), Is.EqualTo(new[] { history.P1.Id, history.R4.Id }));
            Assert.That(merge.ChangedFiles, Is.Empty);
            Assert.That(repo.GetBranch(Branchy.Release).Id, Is.EqualTo(merge.Id));
            Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(history.R4.Id));
        });
    }

    [Test]
    public void AMergeNamesEachParentOnce()
    {
        Assert.Throws<AnyvcException>(() => Branchy.OnBranch(repo, repo.DefaultBranch, "twice", _ => { }, 20, parents: [history.R4, history.R4]));
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(history.R4.Id));
    }

    [Test]
    public void AMergeParentOfAnotherRepositoryIsRefused()
    {
        var other = Mgr.MakeRepo("other");
        var theirs = Fixed.Commit(other, "theirs", root => root.Join("t.txt").WriteAllText("t"));
        Assert.Throws<ArgumentException>(() => repo.Transaction("foreign", Fixed.Author, Fixed.At(20), parents: [history.R4, theirs]));
    }

    [Test, RequiresFeature(Feature.OctopusMerges)]
    public void AMergeMayHaveThreeParents()
    {
        var merge = Branchy.OnBranch(repo, repo.DefaultBranch, "octopus", root => root.Join("o.txt").WriteAllText("o"), 20, parents: [history.R4, history.P1, history.F2]);
        Assert.That(merge.Parents.Select(p => p.Id), Is.EqualTo(new[] { history.R4.Id, history.P1.Id, history.F2.Id }));
        Assert.That(repo.IsAncestor(history.P1, merge), Is.True);
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(merge.Id));
    }

    [Test]
    public void WithoutOctopusMergesThreeParentsAreRefusedWithTheReason()
    {
        Assume.That(repo.Backend.Supports(Feature.OctopusMerges), Is.False, "the backend has octopus merges");
        var error = Assert.Throws<FeatureNotSupportedException>(() =>
            Branchy.OnBranch(repo, repo.DefaultBranch, "octopus", root => root.Join("o.txt").WriteAllText("o"), 20, parents: [history.R4, history.P1, history.F2]));
        Assert.That(error!.Message, Does.Contain(nameof(Feature.OctopusMerges)));
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(history.R4.Id));
    }
}
