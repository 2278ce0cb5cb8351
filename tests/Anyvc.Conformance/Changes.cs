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
