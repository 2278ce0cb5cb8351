using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Common ancestors and ancestry of revisions.</summary>
[BackendFixture]
public class Ancestry(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private List<Revision> line = null!;

    [SetUp]
    public void Start()
    {
        var linear = Mgr.MakeRepo("repo", history: "linear");
        (repo, line) = (linear.Repository, Enumerable.Range(0, 4).Select(i => linear[$"l{i}"]).ToList());
    }

    [Test]
    public void OnOneLineTheMergeBaseIsTheOlderRevision()
    {
        Assert.Multiple(() =>
        {
            Assert.That(repo.MergeBase(line[1], line[3])?.Id, Is.EqualTo(line[1].Id));
            Assert.That(repo.MergeBase(line[3], line[1])?.Id, Is.EqualTo(line[1].Id));
            Assert.That(repo.MergeBase(line[2], line[2])?.Id, Is.EqualTo(line[2].Id));
        });
    }

    [Test]
    public void ARevisionIsAnAncestorOfItselfAndOfWhatComesAfterItOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(repo.IsAncestor(line[0], line[3]), Is.True);
            Assert.That(repo.IsAncestor(line[2], line[2]), Is.True);
            Assert.That(repo.IsAncestor(line[3], line[0]), Is.False);
        });
    }

    [Test]
    public void RevisionsOfAnotherRepositoryAreRefused()
    {
        var other = Mgr.MakeRepo("other");
        var theirs = Fixed.Commit(other, "theirs", root => root.Join("f.txt").WriteAllText("x"));
        Assert.Throws<ArgumentException>(() => repo.MergeBase(line[0], theirs));
        Assert.Throws<ArgumentException>(() => repo.IsAncestor(theirs, line[0]));
    }

    [Test, RequiresFeature(Feature.Branches | Feature.Merges)]
    public void AfterACrissCrossMergeTheMergeBaseIsOneOfTheTwoBestCommonAncestors()
    {
        var h = Mgr.MakeRepo("criss-cross", history: "criss-cross");
        Assert.Multiple(() =>
        {
            Assert.That(h.Names([h.Repository.MergeBase(h["x2"], h["y2"])!]).Single(), Is.AnyOf("a1", "t1"));
            Assert.That(h.Names([h.Repository.MergeBase(h["y2"], h["x2"])!]).Single(), Is.AnyOf("a1", "t1"));
            Assert.That(h.Repository.IsAncestor(h["t1"], h["x1"]) && h.Repository.IsAncestor(h["a1"], h["y1"]), Is.True, "each line holds the other");
            Assert.That(h.Repository.IsAncestor(h["y1"], h["x2"]) || h.Repository.IsAncestor(h["x1"], h["y2"]), Is.False, "but not the other's merge");
            Assert.That(h.Names([h.Repository.MergeBase(h["x1"], h["t1"])!]), Is.EqualTo(new[] { "t1" }));
        });
    }

    [Test, RequiresFeature(Feature.Branches | Feature.Merges)]
    public void RevisionsWithNoCommonHistoryHaveNoMergeBaseUntilTheyAreMerged()
    {
        var h = Mgr.MakeRepo("orphans", history: "orphans");
        Assert.Multiple(() =>
        {
            Assert.That(h.Repository.MergeBase(h["m1"], h["g1"]), Is.Null);
            Assert.That(h.Repository.IsAncestor(h["g0"], h["m1"]), Is.False);
            Assert.That(h.Names([h.Repository.MergeBase(h["m3"], h["g1"])!]), Is.EqualTo(new[] { "g1" }));
            Assert.That(h.Repository.IsAncestor(h["g0"], h["m3"]), Is.True);
        });
    }
}
