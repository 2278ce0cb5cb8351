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
        var history = new Branchy(Mgr.MakeRepo("branchy"));
        Assert.Multiple(() =>
        {
            Assert.That(Names(history.R4.LastChanged()), Is.EqualTo(new[]
            {
                $"a.txt={history.M.Id}", $"b.txt={history.M.Id}", $"c.txt={history.R2.Id}", $"d={history.R3.Id}", $"e.txt={history.R4.Id}",
            }));
            Assert.That(Names(history.P1.LastChanged()), Is.EqualTo(new[] { $"a.txt={history.R1.Id}", $"c.txt={history.P1.Id}", $"d={history.R0.Id}" }));
            Assert.That(Names(history.F2.LastChanged()), Is.EqualTo(new[] { $"a.txt={history.R1.Id}", $"b.txt={history.F2.Id}", $"d={history.R0.Id}" }));
        });
    }

    private static IEnumerable<string> Names(IReadOnlyList<LastChange> changes) => changes.Select(change => $"{change.Name}={change.Revision.Id}");
}
