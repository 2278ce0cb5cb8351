using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>The executable bit: set and cleared in a transaction, kept through edits and renames, a change of its own.</summary>
[BackendFixture, RequiresFeature(Feature.ExecutableBit)]
public class Modes(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision start = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        start = Fixed.Commit(repo, "start", root =>
        {
            root.Join("run.sh").WriteAllText("#!/bin/sh\necho hi\n");
            root.Join("data.txt").WriteAllText("data\n");
        });
    }

    [Test]
    public void FilesStartWithoutTheBit() =>
        Assert.That(start.Root.List().Select(e => e.IsExecutable), Is.EqualTo(new[] { false, false }));

    [Test]
    public void TheBitIsSetAndReadBack()
    {
        var set = Fixed.Commit(repo, "chmod +x", root => root.Join("run.sh").SetExecutable(true), minute: 1);
        Assert.Multiple(() =>
        {
            Assert.That(set.Root.Join("run.sh").IsExecutable, Is.True);
            Assert.That(set.Root.List().Select(e => $"{e.Name}:{e.IsExecutable}"), Is.EqualTo(new[] { "data.txt:False", "run.sh:True" }));
            Assert.That(set.Root.Join("run.sh").ReadAllText(), Is.EqualTo("#!/bin/sh\necho hi\n"));
        });
    }

    [Test]
    public void ABitChangeIsAChangeOfTheFile()
    {
        var set = Fixed.Commit(repo, "chmod +x", root => root.Join("run.sh").SetExecutable(true), minute: 1);
        var cleared = Fixed.Commit(repo, "chmod -x", root => root.Join("run.sh").SetExecutable(false), minute: 2);
        Assert.Multiple(() =>
        {
            Assert.That(set.ChangedFiles, Is.EqualTo(new[] { "run.sh" }));
            Assert.That(set.Changes, Is.EqualTo(new[] { new Change("run.sh", ChangeKind.Modified) }));
            Assert.That(cleared.Root.Join("run.sh").IsExecutable, Is.False);
            Assert.That(repo.ChangedFiles(start, cleared), Is.Empty, "set and cleared again is no change");
        });
    }

    [Test]
    public void ABitChangeDiffsAsAModeChange()
    {
        var set = Fixed.Commit(repo, "chmod +x", root => root.Join("run.sh").SetExecutable(true), minute: 1);
        Assert.That(set.DiffToParent(), Is.EqualTo("diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n"));
        var added = Fixed.Commit(repo, "new tool", root =>
        {
            root.Join("tool").WriteAllText("#!/bin/sh\n");
            root.Join("tool").SetExecutable(true);
        }, minute: 2);
        Assert.That(added.DiffToParent(), Does.StartWith("diff --git a/tool b/tool\nnew file mode 100755\n"));
    }

    [Test]
    public void ABinaryFilesBitChangeDiffsAsTheModeAlone()
    {
        Fixed.Commit(repo, "binary", root => root.Join("tool.bin").WriteAllBytes([0, 1, 2, 0, 255]), minute: 1);
        var set = Fixed.Commit(repo, "chmod +x", root => root.Join("tool.bin").SetExecutable(true), minute: 2);
        Assert.That(set.DiffToParent(), Is.EqualTo("diff --git a/tool.bin b/tool.bin\nold mode 100644\nnew mode 100755\n"));
    }

    [Test]
    public void TheBitSurvivesAnEditAndARename()
    {
        Fixed.Commit(repo, "chmod +x", root => root.Join("run.sh").SetExecutable(true), minute: 1);
        var edited = Fixed.Commit(repo, "edit", root => root.Join("run.sh").WriteAllText("#!/bin/sh\necho bye\n"), minute: 2);
        var moved = Fixed.Commit(repo, "move", root => root.Join("run.sh").Rename("bin/run.sh"), minute: 3);
        Assert.Multiple(() =>
        {
            Assert.That(edited.Root.Join("run.sh").IsExecutable, Is.True);
            Assert.That(moved.Root.Join("bin/run.sh").IsExecutable, Is.True);
            Assert.That(moved.Root.Join("bin/run.sh").ReadAllText(), Is.EqualTo("#!/bin/sh\necho bye\n"));
        });
    }

    [Test]
    public void TheBitSurvivesARenameOrCopyOfItsDirectory()
    {
        Fixed.Commit(repo, "into bin", root =>
        {
            root.Join("run.sh").Rename("bin/run.sh");
            root.Join("bin/run.sh").SetExecutable(true);
            root.Join("bin/data.txt").WriteAllText("plain");
        }, minute: 1);
        var moved = Fixed.Commit(repo, "move bin", root => root.Join("bin").Rename("tools"), minute: 2);
        var copied = Fixed.Commit(repo, "copy tools", root => root.Join("tools").CopyTo("more"), minute: 3);
        Assert.Multiple(() =>
        {
            Assert.That(moved.Root.Join("tools").List().Select(e => $"{e.Name}:{e.IsExecutable}"), Is.EqualTo(new[] { "data.txt:False", "run.sh:True" }));
            Assert.That(copied.Root.Join("more").List().Select(e => $"{e.Name}:{e.IsExecutable}"), Is.EqualTo(new[] { "data.txt:False", "run.sh:True" }));
            Assert.That(copied.ChangedFiles, Is.EqualTo(new[] { "more/data.txt", "more/run.sh" }));
        });
    }

    [Test]
    public void TheBitIsStagedInTheTransaction()
    {
        using var tx = repo.Transaction("staged", Fixed.Author, Fixed.At(1));
        tx.Root.Join("run.sh").SetExecutable(true);
        Assert.That(tx.Root.Join("run.sh").IsExecutable, Is.True);
        Assert.That(tx.Root.Join("data.txt").IsExecutable, Is.False);
        Assert.That(tx.Commit().Root.Join("run.sh").IsExecutable, Is.True);
    }

    [Test]
    public void OnlyFilesHaveTheBit()
    {
        using var tx = repo.Transaction("dir", Fixed.Author, Fixed.At(1));
        tx.Root.Join("d/x.txt").WriteAllText("x");
        tx.Root.Join("d").SetExecutable(true);
        Assert.Throws<WrongKindException>(() => tx.Commit());
    }

    [Test]
    public void TheBitOfAMissingFileIsNotFound()
    {
        using var tx = repo.Transaction("missing", Fixed.Author, Fixed.At(1));
        tx.Root.Join("nope.sh").SetExecutable(true);
        Assert.Throws<NotFoundException>(() => tx.Commit());
    }

    [Test, RequiresFeature(Feature.Symlinks | Feature.ExecutableBit)]
    public void ADeclaredHistoryOfLinksAndBitsReadsBackRevisionByRevision()
    {
        var h = Mgr.MakeRepo("modes", history: "modes");
        string Entry(string revision, string path)
        {
            var entry = h[revision].Root.Join(path);
            return entry.IsSymlink ? $"link to {entry.ReadLink()}" : $"{(entry.IsExecutable ? "executable" : "plain")} file";
        }
        Assert.Multiple(() =>
        {
            Assert.That(new[] { "k0", "k1", "k2", "k3", "k4" }.Select(r => $"{Entry(r, "run.sh")}, current: {Entry(r, "current")}"), Is.EqualTo(new[]
            {
                "plain file, current: link to conf/app.cfg",
                "executable file, current: link to conf/app.cfg",
                "executable file, current: link to run.sh",
                "executable file, current: plain file",
                "plain file, current: plain file",
            }));
            Assert.That(h["k1"].Changes, Is.EqualTo(new[] { new Change("run.sh", ChangeKind.Modified) }), "a bit alone is a change");
            Assert.That(h["k2"].Changes, Is.EqualTo(new[] { new Change("current", ChangeKind.Modified) }), "so is a new target");
            Assert.That(h["k3"].Changes, Is.EqualTo(new[] { new Change("current", ChangeKind.TypeChanged) }));
            Assert.That(Entry("k4", "settings"), Is.EqualTo("link to conf"));
            Assert.That(h["k4"].Root.Join("settings").Kind, Is.EqualTo(EntryKind.Symlink), "a link to a directory is a link, not followed");
        });
    }
}
