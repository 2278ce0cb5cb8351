using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>For each line of a file at a revision, the revision that last changed it.</summary>
[BackendFixture]
public class Annotate(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;

    [SetUp]
    public void Start() => repo = Mgr.MakeRepo("repo");

    [Test, RequiresFeature(Feature.Annotate)]
    public void EachLineNamesTheRevisionThatLastChangedIt()
    {
        var first = Fixed.Commit(repo, "three lines", root => root.Join("f.txt").WriteAllText("a\nb\nc\n"));
        var second = Fixed.Commit(repo, "change b", root => root.Join("f.txt").WriteAllText("a\nB\nc\n"), minute: 1);
        var third = Fixed.Commit(repo, "append d", root => root.Join("f.txt").WriteAllText("a\nB\nc\nd\n"), minute: 2);
        var unrelated = Fixed.Commit(repo, "another file", root => root.Join("other.txt").WriteAllText("x\n"), minute: 3);
        Assert.That(Owners(unrelated, "f.txt"), Is.EqualTo(new[] { first.Id, second.Id, first.Id, third.Id }));
        Assert.That(unrelated.Annotate("f.txt").Select(line => line.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test, RequiresFeature(Feature.Annotate)]
    public void AnOlderRevisionIsAnnotatedAsItWas()
    {
        var first = Fixed.Commit(repo, "one", root => root.Join("f.txt").WriteAllText("a\nb\n"));
        var second = Fixed.Commit(repo, "two", root => root.Join("f.txt").WriteAllText("a\nB\n"), minute: 1);
        Fixed.Commit(repo, "three", root => root.Join("f.txt").WriteAllText("A\nB\n"), minute: 2);
        Assert.That(Owners(second, "f.txt"), Is.EqualTo(new[] { first.Id, second.Id }));
    }

    [Test, RequiresFeature(Feature.Annotate)]
    public void RemovedLinesLeaveTheOthersTheirRevisions()
    {
        var first = Fixed.Commit(repo, "one", root => root.Join("f.txt").WriteAllText("1\n2\n3\n4\n5\n"));
        var second = Fixed.Commit(repo, "cut", root => root.Join("f.txt").WriteAllText("1\n4\n5\nnew\n"), minute: 1);
        Assert.That(Owners(second, "f.txt"), Is.EqualTo(new[] { first.Id, first.Id, first.Id, second.Id }));
    }

    [Test, RequiresFeature(Feature.Annotate)]
    public void OnlyANewlineEndsALine()
    {
        var first = Fixed.Commit(repo, "one", root => root.Join("f.txt").WriteAllText("a\rb\r\nc\n"));
        var second = Fixed.Commit(repo, "two", root => root.Join("f.txt").WriteAllText("a\rB\r\nc\n"), minute: 1);
        Assert.That(Owners(second, "f.txt"), Is.EqualTo(new[] { second.Id, first.Id }));
    }

    [Test, RequiresFeature(Feature.Annotate)]
    public void ALastLineWithoutNewlineIsALineAndAnEmptyFileHasNone()
    {
        var first = Fixed.Commit(repo, "files", root =>
        {
            root.Join("open.txt").WriteAllText("x\ny");
            root.Join("empty.txt").WriteAllText("");
        });
        Assert.That(Owners(first, "open.txt"), Is.EqualTo(new[] { first.Id, first.Id }));
        Assert.That(first.Annotate("empty.txt"), Is.Empty);
    }

    // Added again with its old content exactly, hg finds its old file revision and keeps the first revision's lines
    // (HgBackendTests shows it); with other content every backend starts over.
    [Test, RequiresFeature(Feature.Annotate)]
    public void AFileRemovedAndAddedAgainStartsOver()
    {
        Fixed.Commit(repo, "add", root => root.Join("f.txt").WriteAllText("same\n"));
        Fixed.Commit(repo, "remove", root =>
        {
            root.Join("f.txt").Remove();
            root.Join("keep.txt").WriteAllText("k\n");
        }, minute: 1);
        var again = Fixed.Commit(repo, "add again", root => root.Join("f.txt").WriteAllText("same\nand more\n"), minute: 2);
        Assert.That(Owners(again, "f.txt"), Is.EqualTo(new[] { again.Id, again.Id }));
    }

    [Test, RequiresFeature(Feature.Annotate | Feature.Renames)]
    public void LinesKeepTheirRevisionAcrossARecordedRename()
    {
        var first = Fixed.Commit(repo, "add", root => root.Join("old.txt").WriteAllText("1\n2\n"));
        Fixed.Commit(repo, "move", root => root.Join("old.txt").Rename("dir/new.txt"), minute: 1);
        var changed = Fixed.Commit(repo, "edit", root => root.Join("dir/new.txt").WriteAllText("1\ntwo\n"), minute: 2);
        Assert.That(Owners(changed, "dir/new.txt"), Is.EqualTo(new[] { first.Id, changed.Id }));
    }

    [Test, RequiresFeature(Feature.Annotate)]
    public void ADirectoryOrAMissingPathIsRefusedByName()
    {
        var first = Fixed.Commit(repo, "add", root => root.Join("d/f.txt").WriteAllText("x\n"));
        Assert.That(Assert.Throws<WrongKindException>(() => first.Annotate("d"))!.Message, Does.Contain("'d'").And.Contain("directory"));
        Assert.That(Assert.Throws<NotFoundException>(() => first.Annotate("d/missing.txt"))!.Message, Does.Contain("'d/missing.txt'"));
        Assert.Throws<WrongKindException>(() => first.Annotate("d/f.txt/"));
    }

    [Test]
    public void ABackendWithoutTheFeatureSaysWhy()
    {
        if (Mgr.Backend.Supports(Feature.Annotate))
            Assert.Ignore($"{Backend.Name} annotates");
        var first = Fixed.Commit(repo, "add", root => root.Join("f.txt").WriteAllText("x\n"));
        var error = Assert.Throws<FeatureNotSupportedException>(() => first.Annotate("f.txt"))!;
        Assert.That(error.Message, Does.Contain("Annotate").And.Contain(Backend.Name));
        Assert.That(Mgr.Backend.Limits, Does.ContainKey(Feature.Annotate), "a backend that lacks a feature says why");
    }

    private static string[] Owners(Revision revision, string path) => revision.Annotate(path).Select(line => line.Revision.Id).ToArray();
}
