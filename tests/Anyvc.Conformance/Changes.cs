using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

[BackendFixture]
public class Changes(Backend backend) : BackendTest(backend)
{
    [Test]
    public void DiffToParent()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "one", root => root.Join("poem.txt").WriteAllText("roses\nviolets\nsugar\n"));
        var second = Fixed.Commit(repo, "two", root => root.Join("poem.txt").WriteAllText("roses\ntulips\nsugar\n"), minute: 1);
        var diff = second.DiffToParent();
        Assert.That(diff, Does.Contain("poem.txt"));
        Assert.That(diff.Split('\n'), Does.Contain("-violets").And.Contain("+tulips").And.Contain(" roses"));
        Assert.That(diff, Does.Contain("@@"));
    }

    [Test]
    public void DiffOfTheFirstRevisionAddsEverything()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root => root.Join("new.txt").WriteAllText("hello\n"));
        Assert.That(first.DiffToParent().Split('\n'), Does.Contain("+hello"));
    }

    [Test]
    public void EachChangedPathSaysWhatHappenedToIt()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root =>
        {
            root.Join("edit.txt").WriteAllText("1");
            root.Join("gone.txt").WriteAllText("1");
            root.Join("same.txt").WriteAllText("1");
        });
        var second = Fixed.Commit(repo, "two", root =>
        {
            root.Join("edit.txt").WriteAllText("2");
            root.Join("gone.txt").Remove();
            root.Join("d/new.txt").WriteAllText("new");
        }, minute: 1);
        Assert.That(first.Changes, Is.EqualTo(new[]
        {
            new Change("edit.txt", ChangeKind.Added), new Change("gone.txt", ChangeKind.Added), new Change("same.txt", ChangeKind.Added),
        }));
        Assert.That(second.Changes, Is.EqualTo(new[]
        {
            new Change("d/new.txt", ChangeKind.Added), new Change("edit.txt", ChangeKind.Modified), new Change("gone.txt", ChangeKind.Removed),
        }));
    }

    [Test]
    public void AMoveIsARenameWhereRecordedAndARemovalAndAnAdditionElsewhere()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "one", root => root.Join("old.txt").WriteAllText("content\n"));
        var moved = Fixed.Commit(repo, "move", root =>
        {
            root.Join("old.txt").Rename("new.txt");
            root.Join("new.txt").WriteAllText("content\nchanged too\n");
        }, minute: 1);
        var expected = Mgr.Backend.Supports(Feature.Renames)
            ? new[] { new Change("new.txt", ChangeKind.Renamed, "old.txt") }
            : [new Change("new.txt", ChangeKind.Added), new Change("old.txt", ChangeKind.Removed)];
        Assert.That(moved.Changes, Is.EqualTo(expected));
    }

    [Test]
    public void ChangedFiles()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root =>
        {
            root.Join("a.txt").WriteAllText("a");
            root.Join("b.txt").WriteAllText("b");
            root.Join("same.txt").WriteAllText("same");
        });
        var second = Fixed.Commit(repo, "two", root =>
        {
            root.Join("a.txt").WriteAllText("a, changed");
            root.Join("b.txt").Remove();
            root.Join("dir/c.txt").WriteAllText("c");
        }, minute: 1);
        Assert.That(first.ChangedFiles, Is.EqualTo(new[] { "a.txt", "b.txt", "same.txt" }));
        Assert.That(second.ChangedFiles, Is.EqualTo(new[] { "a.txt", "b.txt", "dir/c.txt" }));
    }
}
