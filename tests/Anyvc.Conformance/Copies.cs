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
}
