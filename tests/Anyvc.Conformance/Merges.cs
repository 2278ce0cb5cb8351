using Anyvc.Fixtures;
using Anyvc.Fixtures.Histories;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Merge commits: several parents, the tree staged on the first, and how logs and ancestry see them.</summary>
[BackendFixture, RequiresFeature(Feature.Branches | Feature.Merges)]
public class Merges(Backend backend) : BackendTest(backend)
{
    private DeclaredRepository h = null!;
    private Repository repo = null!;

    [SetUp]
    public void Start() => (h, repo) = Declared("branchy");

    [Test]
    public void AMergeKeepsItsParentsInOrder() => Assert.That(h.Names(h["m"].Parents), Is.EqualTo(new[] { "r3", "f2" }));

    [Test]
    public void AMergesTreeIsWhatWasStagedOnItsFirstParent()
    {
        var m = h["m"].Root;
        Assert.Multiple(() =>
        {
            Assert.That(m.Join("a.txt").ReadAllText(), Is.EqualTo("merged\n"), "differs from both parents");
            Assert.That(m.Join("b.txt").ReadAllText(), Is.EqualTo("b2\n"));
            Assert.That(m.Join("d/x.txt").ReadAllText(), Is.EqualTo("x3\n"), "from the first parent");
            Assert.That(m.Join("d/y.txt").Exists, Is.False, "the second parent's rename is not merged unless staged");
            Assert.That(h["m"].ChangedFiles, Is.EqualTo(new[] { "a.txt", "b.txt" }), "changes are against the first parent");
        });
    }

    [Test]
    public void TheDefaultLineFollowsFirstParentsThroughAMerge()
    {
        var line = new[] { "r4", "m", "r3", "r2", "r1", "r0" };
        Assert.Multiple(() =>
        {
            Assert.That(h.NamedOnly(repo.History()), Is.EqualTo(line));
            Assert.That(h.NamedOnly(repo.Log(new LogQuery { FirstParentOnly = true })), Is.EqualTo(line));
            Assert.That(h.Names(repo.Log()), Does.Contain("f1"), "a full log reaches the merged line");
            if (repo.Backend.Supports(Feature.LightweightTags))
                Assert.That(h.Names(repo.History()), Is.EqualTo(line), "nothing else is on the line");
        });
    }

    [Test]
    public void LogsKeepOnlyMergesOrNoMergesWhenAsked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(h.Names(repo.Log(new LogQuery { Merges = MergeFilter.MergesOnly })), Is.EqualTo(new[] { "m" }));
            Assert.That(h.Names(repo.Log(new LogQuery { Merges = MergeFilter.NoMerges })), Does.Not.Contain("m").And.Contain("f2"));
        });
    }

    [Test]
    public void AMergedBranchIsAnAncestorOfTheMerge()
    {
        Assert.Multiple(() =>
        {
            Assert.That(repo.IsAncestor(h["f2"], h["m"]), Is.True);
            Assert.That(repo.IsAncestor(h["f1"], h["r4"]), Is.True);
            Assert.That(repo.MergeBase(h["f2"], h["r4"])!.Id, Is.EqualTo(h["f2"].Id));
            Assert.That(repo.IsAncestor(h["p1"], h["r4"]), Is.False);
        });
    }

    [Test]
    public void ALogOfAPathSeesChangesOnTheMergedLine() =>
        Assert.That(h.Names(repo.Log(new LogQuery { Path = "b.txt" })), Is.EqualTo(new[] { "m", "f2", "f1" }));

    [Test]
    public void UnrelatedHistoriesCanBeMerged()
    {
        var (orphans, _) = Declared("orphans", "orphans");
        var merge = orphans["m2"];
        Assert.Multiple(() =>
        {
            Assert.That(orphans.Repository.MergeBase(orphans["m1"], orphans["g0"]), Is.Null);
            Assert.That(orphans.Repository.MergeBase(merge, orphans["g0"])!.Id, Is.EqualTo(orphans["g0"].Id));
            Assert.That(orphans.Names(merge.Parents), Is.EqualTo(new[] { "m1", "g1" }));
            Assert.That(merge.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "a.txt", "index.html" }));
            Assert.That(orphans.Names(orphans.Repository.Log()), Does.Contain("g0"));
        });
    }

    [Test]
    public void ForwardMergesMoveTheMergeBaseAlong()
    {
        var (releases, repository) = Declared("releases", "releases");
        Assert.Multiple(() =>
        {
            Assert.That(releases.Names([repository.MergeBase(releases["r1a"], releases["v1"])!]), Is.EqualTo(new[] { "v0" }), "before any merge: where the line forked");
            Assert.That(releases.Names([repository.MergeBase(releases["r1c"], releases["v2"])!]), Is.EqualTo(new[] { "r1b" }), "after one: the last merged revision");
            Assert.That(releases.Names([repository.MergeBase(releases["r2a"], releases["v3"])!]), Is.EqualTo(new[] { "v2" }));
            Assert.That(releases.Names(repository.Log(new LogQuery { Merges = MergeFilter.MergesOnly })), Is.EqualTo(new[] { "v4", "v3", "v2" }));
            Assert.That(releases.NamedOnly(repository.Log(new LogQuery { FirstParentOnly = true })), Is.EqualTo(new[] { "v4", "v3", "v2", "v1", "v0" }));
            Assert.That(releases["v4"].Root.Join("src/core.c").ReadAllText(), Is.EqualTo("core 2 fixed twice\n"));
        });
    }

    [Test]
    public void AMergeThatChangesNothingIsStillARevision()
    {
        var head = repo.GetDefaultHead()!;
        var merge = Fixed.OnBranch(repo, "release/1.0", "merge main into release", _ => { }, 20, parents: [h["p1"], h["r4"]]);
        Assert.Multiple(() =>
        {
            Assert.That(h.Names(merge.Parents), Is.EqualTo(new[] { "p1", "r4" }));
            Assert.That(merge.ChangedFiles, Is.Empty);
            Assert.That(repo.GetBranch("release/1.0").Id, Is.EqualTo(merge.Id));
            Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(head.Id));
        });
    }

    [Test]
    public void AMergeNamesEachParentOnce()
    {
        var head = repo.GetDefaultHead()!;
        Assert.Throws<AnyvcException>(() => Fixed.OnBranch(repo, repo.DefaultBranch, "twice", _ => { }, 20, parents: [head, head]));
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(head.Id));
    }

    [Test]
    public void AMergeParentOfAnotherRepositoryIsRefused()
    {
        var other = Mgr.MakeRepo("other");
        var theirs = Fixed.Commit(other, "theirs", root => root.Join("t.txt").WriteAllText("t"));
        Assert.Throws<ArgumentException>(() => repo.Transaction("foreign", Fixed.Author, Fixed.At(20), parents: [h["r4"], theirs]));
    }

    [Test, RequiresFeature(Feature.OctopusMerges)]
    public void AMergeMayHaveThreeParents()
    {
        var head = repo.GetDefaultHead()!;
        var merge = Fixed.OnBranch(repo, repo.DefaultBranch, "octopus", root => root.Join("o.txt").WriteAllText("o"), 20, parents: [head, h["p1"], h["f2"]]);
        Assert.That(merge.Parents.Select(p => p.Id), Is.EqualTo(new[] { head.Id, h["p1"].Id, h["f2"].Id }));
        Assert.That(repo.IsAncestor(h["p1"], merge), Is.True);
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(merge.Id));
    }

    [Test]
    public void WithoutOctopusMergesThreeParentsAreRefusedWithTheReason()
    {
        Assume.That(repo.Backend.Supports(Feature.OctopusMerges), Is.False, "the backend has octopus merges");
        var head = repo.GetDefaultHead()!;
        var error = Assert.Throws<FeatureNotSupportedException>(() =>
            Fixed.OnBranch(repo, repo.DefaultBranch, "octopus", root => root.Join("o.txt").WriteAllText("o"), 20, parents: [head, h["p1"], h["f2"]]));
        Assert.That(error!.Message, Does.Contain(nameof(Feature.OctopusMerges)));
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(head.Id));
    }

    private (DeclaredRepository History, Repository Repository) Declared(string history, string name = "repo")
    {
        var declared = Mgr.MakeRepo(name, history: history);
        return (declared, declared.Repository);
    }
}
