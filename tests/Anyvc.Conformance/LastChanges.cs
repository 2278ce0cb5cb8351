using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>The last revision that changed each listed path.</summary>
[BackendFixture]
public class LastChanges(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision first = null!;
    private Revision second = null!;
    private Revision third = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        first = Fixed.Commit(repo, "first", root =>
        {
            root.Join("a.txt").WriteAllText("a");
            root.Join("b.txt").WriteAllText("b");
            root.Join("d/x.txt").WriteAllText("x");
        });
        second = Fixed.Commit(repo, "second", root => root.Join("d/deep/y.txt").WriteAllText("y"), minute: 1);
        third = Fixed.Commit(repo, "third", root => root.Join("a.txt").WriteAllText("a3"), minute: 2);
    }

    [Test]
    public void EachEntryNamesTheRevisionThatLastChangedIt() =>
        Assert.That(Names(third.LastChanged()), Is.EqualTo(new[] { $"a.txt={third.Id}", $"b.txt={first.Id}", $"d={second.Id}" }));

    [Test]
    public void InsideADirectoryEachEntryHasItsOwn() =>
        Assert.That(Names(third.LastChanged("d")), Is.EqualTo(new[] { $"deep={second.Id}", $"x.txt={first.Id}" }));

    [Test]
    public void LaterRevisionsDoNotCount() =>
        Assert.That(Names(second.LastChanged()), Is.EqualTo(new[] { $"a.txt={first.Id}", $"b.txt={first.Id}", $"d={second.Id}" }));

    [Test]
    public void AFileHasNoEntries()
    {
        Assert.Throws<WrongKindException>(() => third.LastChanged("a.txt"));
        Assert.Throws<NotFoundException>(() => third.LastChanged("nothing"));
    }

    [Test, RequiresFeature(Feature.EmptyDirectories)]
    public void AnEmptyDirectoryChangedWhereItAppeared()
    {
        var made = Fixed.Commit(repo, "mkdir", root => root.Join("empty").Mkdir(), minute: 3);
        var later = Fixed.Commit(repo, "later", root => root.Join("b.txt").WriteAllText("b4"), minute: 4);
        Assert.That(Names(later.LastChanged()), Is.EqualTo(new[] { $"a.txt={third.Id}", $"b.txt={later.Id}", $"d={second.Id}", $"empty={made.Id}" }));
    }

    [Test, RequiresFeature(Feature.Branches | Feature.Merges)]
    public void OnABranchyHistoryTheMergeCountsForWhatItBroughtIn()
    {
        var h = Mgr.MakeRepo("branchy", history: "branchy");
        // hg keeps tags in a versioned .hgtags, which is not part of the declared history
        IEnumerable<string> Last(string revision) => h[revision].LastChanged().Where(c => c.Name != ".hgtags").Select(c => $"{c.Name}={h.Names([c.Revision])[0]}");
        Assert.Multiple(() =>
        {
            Assert.That(Last("r4"), Is.EqualTo(new[] { "a.txt=m", "b.txt=m", "bin=r2", "c.txt=r2", "d=r3", "e.txt=r4" }));
            Assert.That(Last("p1"), Is.EqualTo(new[] { "a.txt=r1", "bin=r2", "c.txt=p1", "d=r0" }));
            Assert.That(Last("f2"), Is.EqualTo(new[] { "a.txt=r1", "b.txt=f2", "d=f2" }), "the rename inside d changed d");
        });
    }

    private static IEnumerable<string> Names(IReadOnlyList<LastChange> changes) => changes.Select(change => $"{change.Name}={change.Revision.Id}");
}
