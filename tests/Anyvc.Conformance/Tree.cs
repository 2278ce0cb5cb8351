using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

[BackendFixture]
public class Tree(Backend backend) : BackendTest(backend)
{
    [Test]
    public void NestedDirectoriesAndIsDir()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "nested", root =>
        {
            root.Join("a/b/c.txt").WriteAllText("c");
            root.Join("a/top.txt").WriteAllText("top");
        });
        var root = repo.GetDefaultHead()!.Root;
        Assert.Multiple(() =>
        {
            Assert.That(root.IsDir, Is.True);
            Assert.That(root.Join("a").IsDir, Is.True);
            Assert.That(root.Join("a/b").IsDir, Is.True);
            Assert.That(root.Join("a/b/c.txt").IsFile, Is.True);
            Assert.That(root.Join("a/b/c.txt").IsDir, Is.False);
            Assert.That(root.Join("a/missing").Exists, Is.False);
            Assert.That(root.Join("a").List().Select(p => p.Path), Is.EqualTo(new[] { "a/b", "a/top.txt" }));
            Assert.That(root.Join("a/b/c.txt").Parent!.Path, Is.EqualTo("a/b"));
            Assert.That(root.Join("a/b").Join("c.txt").ReadAllText(), Is.EqualTo("c"));
        });
    }

    [Test]
    public void ListingsGiveEachFilesSizeAndNoneForDirectories()
    {
        var repo = Mgr.MakeRepo("repo");
        var revision = Fixed.Commit(repo, "sizes", root =>
        {
            root.Join("empty.txt").WriteAllText("");
            root.Join("five.txt").WriteAllText("12345");
            root.Join("big.bin").WriteAllBytes(new byte[70_000]);
            root.Join("d/inner.txt").WriteAllText("Zoë");
        });
        var listed = revision.Root.List().ToDictionary(path => path.Name, path => path.Size);
        Assert.That(listed, Is.EqualTo(new Dictionary<string, long?> { ["big.bin"] = 70_000, ["d"] = null, ["empty.txt"] = 0, ["five.txt"] = 5 }));
        Assert.Multiple(() =>
        {
            Assert.That(revision.Root.Join("d/inner.txt").Size, Is.EqualTo(4), "UTF-8 bytes, read from the parent's listing");
            Assert.That(revision.Root.Join("d").Size, Is.Null);
            Assert.That(revision.Root.Size, Is.Null);
            Assert.Throws<NotFoundException>(() => _ = revision.Root.Join("d/missing.txt").Size);
        });
    }

    [Test]
    public void TheStagedTreeListsSizesOfInheritedAndStagedFiles()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "base", root => root.Join("old.txt").WriteAllText("old"));
        using var tx = repo.Transaction("more", Fixed.Author, Fixed.At(1));
        tx.Root.Join("new.txt").WriteAllText("newer");
        var listed = tx.Root.List().ToDictionary(path => path.Name, path => path.Size);
        Assert.That(listed, Is.EqualTo(new Dictionary<string, long?> { ["new.txt"] = 5, ["old.txt"] = 3 }));
    }

    [Test]
    public void RenameFile()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "add", root => root.Join("old.txt").WriteAllText("content"));
        var renamed = Fixed.Commit(repo, "rename", root => root.Join("old.txt").Rename("dir/new.txt"), minute: 1);
        Assert.That(renamed.Root.Join("old.txt").Exists, Is.False);
        Assert.That(renamed.Root.Join("dir/new.txt").ReadAllText(), Is.EqualTo("content"));
        Assert.That(renamed.ChangedFiles, Is.EqualTo(new[] { "dir/new.txt", "old.txt" }));
    }

    [Test]
    public void RenameDirectory()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "add", root =>
        {
            root.Join("src/a.txt").WriteAllText("a");
            root.Join("src/sub/b.txt").WriteAllText("b");
        });
        var renamed = Fixed.Commit(repo, "rename dir", root => root.Join("src").Rename("lib"), minute: 1);
        Assert.That(renamed.Root.Join("src").Exists, Is.False);
        Assert.That(renamed.Root.Join("lib/a.txt").ReadAllText(), Is.EqualTo("a"));
        Assert.That(renamed.Root.Join("lib/sub/b.txt").ReadAllText(), Is.EqualTo("b"));
    }

    [Test]
    public void RenameAndModifyInOneCommit()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "add", root => root.Join("a.txt").WriteAllText("one"));
        var revision = Fixed.Commit(repo, "rename+edit", root => root.Join("a.txt").Rename("b.txt").WriteAllText("two"), minute: 1);
        Assert.That(revision.Root.Join("a.txt").Exists, Is.False);
        Assert.That(revision.Root.Join("b.txt").ReadAllText(), Is.EqualTo("two"));
    }

    [Test]
    public void RemoveFile()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "add", root =>
        {
            root.Join("keep.txt").WriteAllText("keep");
            root.Join("gone/only.txt").WriteAllText("gone");
        });
        var removed = Fixed.Commit(repo, "remove", root => root.Join("gone/only.txt").Remove(), minute: 1);
        Assert.That(removed.Root.Join("gone/only.txt").Exists, Is.False);
        Assert.That(removed.Root.Join("keep.txt").ReadAllText(), Is.EqualTo("keep"));
        Assert.That(removed.ChangedFiles, Is.EqualTo(new[] { "gone/only.txt" }));
    }

    [Test]
    public void RemoveDirectoryRecursively()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "add", root =>
        {
            root.Join("keep.txt").WriteAllText("keep");
            root.Join("tree/a.txt").WriteAllText("a");
            root.Join("tree/deep/b.txt").WriteAllText("b");
        });
        var removed = Fixed.Commit(repo, "remove dir", root => root.Join("tree").Remove(), minute: 1);
        Assert.That(removed.Root.Join("tree").Exists, Is.False);
        Assert.That(removed.Root.List().Select(p => p.Name), Is.EqualTo(new[] { "keep.txt" }));
    }

    [Test]
    public void RenamingAMissingPathFailsAtCommit()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "add", root => root.Join("a.txt").WriteAllText("a"));
        using var tx = repo.Transaction("bad rename", Fixed.Author, Fixed.When);
        tx.Root.Join("missing.txt").Rename("b.txt");
        var error = Assert.Throws<NotFoundException>(() => tx.Commit())!;
        Assert.That(error.Message, Does.Contain("missing.txt"));
        Assert.That(repo.Count, Is.EqualTo(1));
    }

    [Test, RequiresFeature(Feature.EmptyDirectories)]
    public void EmptyDirectoryIsVersioned()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "mkdir", root => root.Join("empty/dir").Mkdir());
        Assert.That(repo.GetDefaultHead()!.Root.Join("empty/dir").IsDir, Is.True);
    }

    [TestCase("..")]
    [TestCase("a/../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("a//b")]
    [TestCase("./a")]
    [TestCase("a\0b")]
    [TestCase("a\\..\\b")]
    public void PathEscapingTheRootIsRejected(string path)
    {
        var repo = Mgr.MakeRepo("repo");
        using var tx = repo.Transaction("escape", Fixed.Author, Fixed.When);
        var error = Assert.Throws<InvalidRepoPathException>(() => tx.Root.Join(path))!;
        Assert.That(error.Message, Does.Contain(path.Replace("\0", "\\0")));
        Assert.Throws<InvalidRepoPathException>(() => tx.Root.Join("ok").Rename(path));
        tx.Root.Join("fine.txt").WriteAllText("still usable");
        Assert.That(tx.Commit().Root.Join("fine.txt").ReadAllText(), Is.EqualTo("still usable"));
    }

    [Test]
    public void NamesTheBackendsToolReservesAreRejected()
    {
        var reserved = Mgr.Backend.ReservedNames;
        if (reserved.Count == 0)
            Assert.Ignore($"{Backend.Name} reserves no names");
        var repo = Mgr.MakeRepo("repo");
        using var tx = repo.Transaction("reserved", Fixed.Author, Fixed.When);
        foreach (var name in reserved)
            foreach (var path in new[] { name, $"{name}/config", $"sub/{name}/x", name.ToUpperInvariant() })
            {
                var error = Assert.Throws<InvalidRepoPathException>(() => tx.Root.Join(path), path)!;
                Assert.That(error.Message, Does.Contain(path).And.Contain("reserves"));
            }
    }

    [Test]
    public void NamesOnlyOtherToolsReserveAreOrdinaryPaths()
    {
        var ordinary = new[] { ".git", ".hg", ".svn" }.Except(Mgr.Backend.ReservedNames, StringComparer.OrdinalIgnoreCase).ToList();
        var revision = Fixed.Commit(Mgr.MakeRepo("repo"), "other tools' names", root =>
        {
            foreach (var name in ordinary)
                root.Join($"{name}/file").WriteAllText(name);
        });
        foreach (var name in ordinary)
            Assert.That(revision.Root.Join($"{name}/file").ReadAllText(), Is.EqualTo(name));
    }

    [Test]
    public void RevisionTreesAreReadOnly()
    {
        var repo = Mgr.MakeRepo("repo");
        var revision = Fixed.Commit(repo, "one", root => root.Join("a").WriteAllText("a"));
        Assert.Throws<FeatureNotSupportedException>(() => revision.Root.Join("a").WriteAllText("changed"));
    }
}
