using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Copies: staged in a transaction on every backend; recorded with their source where the backend records copies.</summary>
[BackendFixture]
public class Copies(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision start = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        start = Fixed.CommitSmallTree(repo);
    }

    [Test]
    public void ACopyHasTheSourcesContentAndTheSourceStays()
    {
        var copied = Fixed.Commit(repo, "copy", root => root.Join("a.txt").CopyTo("copy-of-a.txt"), minute: 1);
        Assert.Multiple(() =>
        {
            Assert.That(copied.Root.Join("copy-of-a.txt").ReadAllText(), Is.EqualTo("a"));
            Assert.That(copied.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a"));
            Assert.That(copied.ChangedFiles, Is.EqualTo(new[] { "copy-of-a.txt" }));
        });
    }

    [Test]
    public void ACopiedDirectoryIsIndependentOfItsSource()
    {
        using var tx = repo.Transaction("copy d", Fixed.Author, Fixed.At(1));
        tx.Root.Join("d").CopyTo("e");
        tx.Root.Join("e/x.txt").WriteAllText("changed in the copy");
        tx.Root.Join("d/sub/y.txt").Remove();
        var copied = tx.Commit();
        Assert.Multiple(() =>
        {
            Assert.That(copied.Root.Join("d/x.txt").ReadAllText(), Is.EqualTo("x"));
            Assert.That(copied.Root.Join("e/x.txt").ReadAllText(), Is.EqualTo("changed in the copy"));
            Assert.That(copied.Root.Join("e/sub/y.txt").ReadAllText(), Is.EqualTo("y"));
            Assert.That(copied.Root.Join("d/sub/y.txt").Exists, Is.False);
        });
    }

    [Test, RequiresFeature(Feature.Copies)]
    public void ACopyIsRecordedWithItsSource()
    {
        var copied = Fixed.Commit(repo, "copy", root =>
        {
            root.Join("a.txt").CopyTo("copy-of-a.txt");
            root.Join("d").CopyTo("e");
        }, minute: 1);
        Assert.That(copied.Changes, Is.EqualTo(new[]
        {
            new Change("copy-of-a.txt", ChangeKind.Copied, "a.txt"),
            new Change("e/sub/y.txt", ChangeKind.Copied, "d/sub/y.txt"),
            new Change("e/x.txt", ChangeKind.Copied, "d/x.txt"),
        }));
    }

    [Test]
    public void WithoutRecordedCopiesACopyIsAnAddition()
    {
        Assume.That(repo.Backend.Supports(Feature.Copies), Is.False, "the backend records copies");
        var copied = Fixed.Commit(repo, "copy", root => root.Join("a.txt").CopyTo("copy-of-a.txt"), minute: 1);
        Assert.That(copied.Changes, Is.EqualTo(new[] { new Change("copy-of-a.txt", ChangeKind.Added) }));
    }

    [Test]
    public void ACopyOntoAnExistingPathOrIntoItselfIsRefused()
    {
        using (var tx = repo.Transaction("onto", Fixed.Author, Fixed.At(1)))
        {
            tx.Root.Join("a.txt").CopyTo("b.txt");
            Assert.Throws<AlreadyExistsException>(() => tx.Commit());
        }
        using (var tx = repo.Transaction("into", Fixed.Author, Fixed.At(1)))
        {
            tx.Root.Join("d").CopyTo("d/inner");
            Assert.Throws<InvalidRepoPathException>(() => tx.Commit());
        }
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(start.Id));
    }

    [Test]
    public void ADeclaredHistoryOfCopiesKeepsCopiesAndSourcesApart()
    {
        var h = Mgr.MakeRepo("copies", history: "copies");
        var copied = repo.Backend.Supports(Feature.Copies);
        Assert.Multiple(() =>
        {
            Assert.That(h["c1"].Changes, Is.EqualTo(new[] { copied ? new Change("src/a-copy.txt", ChangeKind.Copied, "src/a.txt") : new Change("src/a-copy.txt", ChangeKind.Added) }));
            Assert.That(h["c2"].Changes.Select(c => (c.Path, c.From)), Is.EqualTo(new (string, string?)[]
            {
                ("dst/a-copy.txt", copied ? "src/a-copy.txt" : null), ("dst/a.txt", copied ? "src/a.txt" : null), ("dst/b.txt", copied ? "src/b.txt" : null),
            }));
            Assert.That(h["c3"].Changes, Is.EqualTo(new[] { new Change("dst/a.txt", ChangeKind.Modified), new Change("src/b.txt", ChangeKind.Removed) }));
            Assert.That(h["c4"].Root.Join("src").List().Select(e => $"{e.Name}={e.ReadAllText()}"), Is.EqualTo(new[] { "a-copy.txt=alpha copy\n", "a.txt=alpha\n" }));
            Assert.That(h["c4"].Root.Join("dst").List().Select(e => $"{e.Name}={e.ReadAllText()}"), Is.EqualTo(new[] { "a-copy.txt=alpha\n", "a.txt=alpha 2\n", "b.txt=beta\n" }));
        });
    }
}
