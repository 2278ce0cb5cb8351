using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Sequences of changes in one transaction: what is committed must be exactly what was staged.</summary>
[BackendFixture]
public class StagedChanges(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        Fixed.CommitSmallTree(repo);
    }

    [Test]
    public void SwapTwoFiles() => Expect(root =>
    {
        root.Join("a.txt").Rename("tmp.txt");
        root.Join("b.txt").Rename("a.txt");
        root.Join("tmp.txt").Rename("b.txt");
    }, ("a.txt", "b"), ("b.txt", "a"), ("d/x.txt", "x"), ("d/sub/y.txt", "y"));

    [Test]
    public void RemoveThenWriteTheSamePath() => Expect(root =>
    {
        root.Join("a.txt").Remove();
        root.Join("a.txt").WriteAllText("new a");
    }, ("a.txt", "new a"), ("b.txt", "b"), ("d/x.txt", "x"), ("d/sub/y.txt", "y"));

    [Test]
    public void RenameADirectoryThenAFileInside() => Expect(root =>
    {
        root.Join("d").Rename("e");
        root.Join("e/sub/y.txt").Rename("e/y2.txt");
        root.Join("e/x.txt").WriteAllText("x changed");
    }, ("a.txt", "a"), ("b.txt", "b"), ("e/x.txt", "x changed"), ("e/y2.txt", "y"));

    [Test]
    public void RenameIntoARemovedDirectory() => Expect(root =>
    {
        root.Join("d").Remove();
        root.Join("a.txt").Rename("d/a.txt");
    }, ("b.txt", "b"), ("d/a.txt", "a"));

    [Test]
    public void RenameAndRenameBack() => Expect(root =>
    {
        root.Join("d").Rename("elsewhere");
        root.Join("elsewhere").Rename("d");
    }, ("a.txt", "a"), ("b.txt", "b"), ("d/x.txt", "x"), ("d/sub/y.txt", "y"));

    [Test]
    public void FileBecomesADirectory() => Expect(root =>
    {
        root.Join("a.txt").Remove();
        root.Join("a.txt/inner.txt").WriteAllText("inner");
    }, ("a.txt/inner.txt", "inner"), ("b.txt", "b"), ("d/x.txt", "x"), ("d/sub/y.txt", "y"));

    [Test]
    public void DirectoryBecomesAFile() => Expect(root =>
    {
        root.Join("d").Remove();
        root.Join("d").WriteAllText("now a file");
    }, ("a.txt", "a"), ("b.txt", "b"), ("d", "now a file"));

    [Test]
    public void AFailedRenameChangesNothing()
    {
        using var tx = repo.Transaction("bad rename", Fixed.Author, Fixed.At(1));
        tx.Root.Join("a.txt").Rename("b.txt/inside.txt");
        Assert.Throws<AlreadyExistsException>(() => _ = tx.Root.Join("a.txt").Exists, "the posted rename's error comes with the next call");
        Assert.That(tx.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a"), "the source is still there");
        Assert.That(tx.Root.Join("b.txt").IsFile, Is.True);
        tx.Root.Join("c.txt").WriteAllText("c");
        var revision = tx.Commit();
        Assert.That(Files(revision.Root), Is.EquivalentTo(new[] { "a.txt", "b.txt", "c.txt", "d/x.txt", "d/sub/y.txt" }));
    }

    [Test]
    public void AFailedCommitCannotBeRetriedButAborts()
    {
        using (var tx = repo.Transaction("fails", Fixed.Author, Fixed.At(1)))
        {
            tx.Root.Join("missing.txt").Remove();
            Assert.Throws<NotFoundException>(() => tx.Commit());
            Assert.Throws<InvalidOperationException>(() => tx.Commit(), "a retry would commit without the failed change");
        }
        Assert.That(repo.Count, Is.EqualTo(1));
        Assert.That(Fixed.Commit(repo, "next", root => root.Join("n.txt").WriteAllText("n"), minute: 2).Root.Join("n.txt").Exists, Is.True,
            "the connection is healthy afterwards");
    }

    private void Expect(Action<RepoPath> change, params (string Path, string Content)[] expected)
    {
        var revision = Fixed.Commit(repo, "staged", change, minute: 1);
        Assert.That(Files(revision.Root), Is.EquivalentTo(expected.Select(e => e.Path)));
        foreach (var (path, content) in expected)
            Assert.That(revision.Root.Join(path).ReadAllText(), Is.EqualTo(content), path);
    }

    private static IEnumerable<string> Files(RepoPath directory) =>
        directory.List().SelectMany(entry => entry.IsDir ? Files(entry) : [entry.Path]);
}
