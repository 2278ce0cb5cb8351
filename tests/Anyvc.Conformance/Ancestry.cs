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
        repo = Mgr.MakeRepo("repo");
        line = Enumerable.Range(0, 4).Select(i => Fixed.Commit(repo, $"commit {i}", root => root.Join("f.txt").WriteAllText($"{i}"), minute: i)).ToList();
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
}
