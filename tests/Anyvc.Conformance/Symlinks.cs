using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Symbolic links: created in a transaction, listed as such, their targets data that Anyvc never follows.</summary>
[BackendFixture, RequiresFeature(Feature.Symlinks)]
public class Symlinks(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision start = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        start = Fixed.Commit(repo, "start", root =>
        {
            root.Join("a.txt").WriteAllText("a\n");
            root.Join("d/x.txt").WriteAllText("x\n");
        });
    }

    [Test]
    public void ALinkIsListedAsALinkWithItsTarget()
    {
        var linked = Fixed.Commit(repo, "link", root => root.Join("to-a").WriteSymlink("a.txt"), minute: 1);
        var link = linked.Root.Join("to-a");
        Assert.Multiple(() =>
        {
            Assert.That(link.Kind, Is.EqualTo(EntryKind.Symlink));
            Assert.That(link.IsSymlink && !link.IsFile && !link.IsDir, Is.True);
            Assert.That(link.ReadLink(), Is.EqualTo("a.txt"));
            var listed = linked.Root.List().Single(e => e.Name == "to-a");
            Assert.That((listed.Kind, listed.Size, listed.IsExecutable), Is.EqualTo((EntryKind.Symlink, (long?)5, false)));
        });
    }

    [Test]
    public void ALinkToADirectoryIsNotADirectory()
    {
        var linked = Fixed.Commit(repo, "link", root => root.Join("dir-link").WriteSymlink("d"), minute: 1);
        var link = linked.Root.Join("dir-link");
        Assert.Multiple(() =>
        {
            Assert.That(link.Kind, Is.EqualTo(EntryKind.Symlink));
            Assert.That(link.ReadLink(), Is.EqualTo("d"));
            Assert.Throws<WrongKindException>(() => link.List(), "a link is never followed");
            Assert.That(linked.Root.Join("dir-link/x.txt").Exists, Is.False);
        });
    }

    [Test]
    public void ReadingALinkAsAFileIsTheWrongKind()
    {
        var linked = Fixed.Commit(repo, "link", root => root.Join("to-a").WriteSymlink("a.txt"), minute: 1);
        var error = Assert.Throws<WrongKindException>(() => linked.Root.Join("to-a").ReadAllText());
        Assert.That(error!.Message, Does.Contain("to-a").And.Contain("ReadLink"));
        Assert.Throws<WrongKindException>(() => linked.Root.Join("a.txt").ReadLink());
        Assert.Throws<WrongKindException>(() => linked.Root.Join("d").ReadLink());
        Assert.Throws<NotFoundException>(() => linked.Root.Join("nothing").ReadLink());
    }

    [TestCase("../../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("nowhere/at/all")]
    [TestCase("spaces and ünïcode")]
    public void ATargetIsDataEvenWhenItLeavesTheRepositoryOrDangles(string target)
    {
        var linked = Fixed.Commit(repo, "link", root => root.Join("link").WriteSymlink(target), minute: 1);
        Assert.That(linked.Root.Join("link").ReadLink(), Is.EqualTo(target));
        Assert.Throws<WrongKindException>(() => linked.Root.Join("link").ReadAllBytes());
    }

    [Test]
    public void AnEmptyTargetIsRefused()
    {
        using var tx = repo.Transaction("empty", Fixed.Author, Fixed.At(1));
        tx.Root.Join("link").WriteSymlink("");
        Assert.Throws<InvalidRepoPathException>(() => tx.Commit());
    }

    [Test]
    public void AFileThatBecomesALinkIsATypeChange()
    {
        var changed = Fixed.Commit(repo, "a becomes a link", root => root.Join("a.txt").WriteSymlink("d/x.txt"), minute: 1);
        var back = Fixed.Commit(repo, "and a file again", root => root.Join("a.txt").WriteAllText("a again\n"), minute: 2);
        Assert.Multiple(() =>
        {
            Assert.That(changed.Root.Join("a.txt").Kind, Is.EqualTo(EntryKind.Symlink));
            Assert.That(changed.Changes, Is.EqualTo(new[] { new Change("a.txt", ChangeKind.TypeChanged) }));
            Assert.That(back.Changes, Is.EqualTo(new[] { new Change("a.txt", ChangeKind.TypeChanged) }));
            Assert.That(back.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a again\n"));
            Assert.That(changed.ChangedFiles, Is.EqualTo(new[] { "a.txt" }));
        });
    }

    [Test]
    public void ALinkIsRetargetedRenamedAndRemovedLikeAFile()
    {
        Fixed.Commit(repo, "link", root => root.Join("link").WriteSymlink("a.txt"), minute: 1);
        var retargeted = Fixed.Commit(repo, "retarget", root => root.Join("link").WriteSymlink("d/x.txt"), minute: 2);
        var renamed = Fixed.Commit(repo, "rename", root => root.Join("link").Rename("d/moved-link"), minute: 3);
        var removed = Fixed.Commit(repo, "remove", root => root.Join("d/moved-link").Remove(), minute: 4);
        Assert.Multiple(() =>
        {
            Assert.That(retargeted.Root.Join("link").ReadLink(), Is.EqualTo("d/x.txt"));
            Assert.That(retargeted.ChangedFiles, Is.EqualTo(new[] { "link" }));
            Assert.That(renamed.Root.Join("d/moved-link").ReadLink(), Is.EqualTo("d/x.txt"));
            Assert.That(renamed.Root.Join("link").Exists, Is.False);
            Assert.That(removed.Root.Join("d").List().Select(e => e.Name), Is.EqualTo(new[] { "x.txt" }));
        });
    }

    [Test]
    public void ALinkStaysALinkWhenItsDirectoryIsRenamedOrCopied()
    {
        Fixed.Commit(repo, "link in d", root => root.Join("d/link").WriteSymlink("x.txt"), minute: 1);
        var moved = Fixed.Commit(repo, "move d", root => root.Join("d").Rename("e"), minute: 2);
        var copied = Fixed.Commit(repo, "copy e", root => root.Join("e").CopyTo("f"), minute: 3);
        Assert.Multiple(() =>
        {
            Assert.That((moved.Root.Join("e/link").Kind, moved.Root.Join("e/link").ReadLink()), Is.EqualTo((EntryKind.Symlink, "x.txt")));
            Assert.That((copied.Root.Join("f/link").Kind, copied.Root.Join("f/link").ReadLink()), Is.EqualTo((EntryKind.Symlink, "x.txt")));
            Assert.That(copied.Root.Join("e/link").Kind, Is.EqualTo(EntryKind.Symlink));
        });
    }

    [Test]
    public void NothingIsWrittenThroughALink()
    {
        Fixed.Commit(repo, "link", root => root.Join("dir-link").WriteSymlink("d"), minute: 1);
        using var tx = repo.Transaction("through", Fixed.Author, Fixed.At(2));
        tx.Root.Join("dir-link/new.txt").WriteAllText("n");
        Assert.Throws<AlreadyExistsException>(() => tx.Commit());
        Assert.That(repo.GetDefaultHead()!.Root.Join("d").List().Select(e => e.Name), Is.EqualTo(new[] { "x.txt" }));
    }

    [Test]
    public void ALinkInATransactionReadsBackBeforeTheCommit()
    {
        using var tx = repo.Transaction("staged", Fixed.Author, Fixed.At(1));
        tx.Root.Join("link").WriteSymlink("a.txt");
        Assert.That(tx.Root.Join("link").Kind, Is.EqualTo(EntryKind.Symlink));
        Assert.That(tx.Root.Join("link").ReadLink(), Is.EqualTo("a.txt"));
        Assert.Throws<WrongKindException>(() => tx.Root.Join("link").ReadAllText());
    }

    [Test]
    public void ADiffOfALinkIsOneGitApplies()
    {
        var linked = Fixed.Commit(repo, "link", root =>
        {
            root.Join("to-a").WriteSymlink("a.txt");
            root.Join("a.txt").WriteSymlink("d/x.txt");
        }, minute: 1);
        var diff = repo.Diff(start, linked);
        Assert.That(diff, Does.Contain("new file mode 120000\n").And.Contain("deleted file mode 100644\n").And.Contain("+d/x.txt\n\\ No newline at end of file\n"));
        var work = Path.Combine(Mgr.Path, "work");
        Directory.CreateDirectory(Path.Combine(work, "d"));
        File.WriteAllText(Path.Combine(work, "a.txt"), "a\n");
        File.WriteAllText(Path.Combine(work, "d/x.txt"), "x\n");
        File.WriteAllText(Path.Combine(Mgr.Path, "link.diff"), diff);
        var applied = ExternalTool.Run(work, "git", "apply", "../link.diff");
        Assert.That(applied.ExitCode, Is.EqualTo(0), $"git apply refused:\n{applied.Error}\n{diff}");
        Assert.That(new FileInfo(Path.Combine(work, "to-a")).LinkTarget, Is.EqualTo("a.txt"));
        Assert.That(new FileInfo(Path.Combine(work, "a.txt")).LinkTarget, Is.EqualTo("d/x.txt"));
    }
}
