using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>
/// Files and directories are not confused: asking for the other kind is its own error (a <see cref="NotFoundException"/>
/// that says what is there), and a path ending in <c>/</c> names a directory, as it does for git and POSIX.
/// </summary>
[BackendFixture]
public class EntryKinds(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision @base = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        @base = Fixed.CommitSmallTree(repo);
    }

    [Test]
    public void ReadingADirectoryAsAFileSaysItIsADirectory()
    {
        var error = Assert.Throws<WrongKindException>(() => @base.Root.Join("d").ReadAllBytes())!;
        Assert.That(error.Message, Does.Contain("'d'").And.Contain("directory"));
    }

    [Test]
    public void ReadingTheRootAsAFileSaysItIsADirectory() =>
        Assert.Throws<WrongKindException>(() => @base.Root.ReadAllBytes());

    [Test]
    public void ListingAFileSaysItIsAFile()
    {
        var error = Assert.Throws<WrongKindException>(() => @base.Root.Join("d/x.txt").List())!;
        Assert.That(error.Message, Does.Contain("'d/x.txt'").And.Contain("file"));
    }

    [Test]
    public void AMissingPathIsNotFoundAndNotTheWrongKind()
    {
        Assert.Throws<NotFoundException>(() => @base.Root.Join("missing.txt").ReadAllBytes());
        Assert.Throws<NotFoundException>(() => @base.Root.Join("missing").List());
        Assert.Throws<NotFoundException>(() => @base.Root.Join("missing/").ReadAllBytes());
    }

    [Test]
    public void ATrailingSlashNamesADirectory()
    {
        var root = @base.Root;
        Assert.Multiple(() =>
        {
            Assert.That(root.Join("d/").IsDir, Is.True);
            Assert.That(root.Join("d/").List().Select(p => p.Path), Is.EqualTo(new[] { "d/sub", "d/x.txt" }));
            Assert.That(root.Join("a.txt/").Exists, Is.False, "'a.txt/' names a directory, and there is none");
            Assert.That(root.Join("a.txt/").ToString(), Is.EqualTo("a.txt/"));
            Assert.That(root.Join("a.txt").ReadAllText(), Is.EqualTo("a"));
        });
        var error = Assert.Throws<WrongKindException>(() => root.Join("a.txt/").ReadAllBytes())!;
        Assert.That(error.Message, Does.Contain("'a.txt/'").And.Contain("names a directory"));
        Assert.Throws<WrongKindException>(() => root.Join("d/").ReadAllBytes());
    }

    [Test]
    public void TheStagedTreeKeepsTheSameRules()
    {
        using var tx = repo.Transaction("kinds", Fixed.Author, Fixed.At(1));
        tx.Root.Join("new/file.txt").WriteAllText("new");
        Assert.Multiple(() =>
        {
            Assert.That(tx.Root.Join("new/").IsDir, Is.True);
            Assert.That(tx.Root.Join("new/file.txt/").Exists, Is.False);
            Assert.Throws<WrongKindException>(() => tx.Root.Join("new").ReadAllBytes());
            Assert.Throws<WrongKindException>(() => tx.Root.Join("a.txt").List());
            Assert.Throws<WrongKindException>(() => tx.Root.Join("new/file.txt/").ReadAllBytes());
        });
    }

    [Test]
    public void WritingAFileThroughATrailingSlashIsRefusedAndLosesNothing()
    {
        using var tx = repo.Transaction("write", Fixed.Author, Fixed.At(1));
        tx.Root.Join("kept.txt").WriteAllText("kept");
        var error = Assert.Throws<InvalidRepoPathException>(() => tx.Root.Join("new.txt/").WriteAllText("lost?"))!;
        Assert.That(error.Message, Does.Contain("'new.txt/'").And.Contain("names a directory"));
        var committed = tx.Commit();
        Assert.That(committed.Root.Join("kept.txt").ReadAllText(), Is.EqualTo("kept"));
        Assert.That(committed.Root.Join("new.txt").Exists, Is.False);
    }

    [Test]
    public void RemovingOrRenamingAFileThroughATrailingSlashIsRefused()
    {
        using (var tx = repo.Transaction("remove", Fixed.Author, Fixed.At(1)))
        {
            tx.Root.Join("a.txt/").Remove();
            Assert.Throws<WrongKindException>(() => tx.Commit());
        }
        using (var tx = repo.Transaction("rename", Fixed.Author, Fixed.At(2)))
        {
            tx.Root.Join("a.txt").Rename("c.txt/");
            Assert.Throws<InvalidRepoPathException>(() => tx.Commit());
        }
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(@base.Id), "nothing was committed");
        Assert.That(@base.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a"));
    }

    [Test]
    public void ADirectoryCanBeRemovedOrRenamedThroughATrailingSlash()
    {
        var renamed = Fixed.Commit(repo, "rename", root => root.Join("d/").Rename("e/"), minute: 1);
        Assert.That(renamed.Root.Join("e/sub/y.txt").ReadAllText(), Is.EqualTo("y"));
        var removed = Fixed.Commit(repo, "remove", root => root.Join("e/").Remove(), minute: 2);
        Assert.That(removed.Root.Join("e").Exists, Is.False);
    }
}
