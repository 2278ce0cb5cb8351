using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>
/// One diff format on every backend: what <c>git diff</c> prints, less its <c>index</c> lines, so a caller can apply
/// any backend's diff with <c>git apply</c> or <c>patch -p1</c> without knowing which backend made it.
/// </summary>
[BackendFixture]
public class Diffs(Backend backend) : BackendTest(backend)
{
    private const string Poem = "first section\n  one\n  two\n  three\n  four\n  five\n  six\n"
        + "second section\n  seven\n  eight\n  nine\n  ten\n  eleven\n  twelve\nend without newline";

    private const string ChangedPoem = "first section\n  one\n  TWO\n  three\n  four\n  five\n  six\n"
        + "second section\n  seven\n  eight\n  nine\n  TEN\n  eleven\n  twelve\nend with newline\n";

    [Test]
    public void TheDiffIsWhatGitDiffPrintsLessItsIndexLines()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "before", root => root.Join("dir/poem.txt").WriteAllText(Poem));
        var changed = Fixed.Commit(repo, "after", root => root.Join("dir/poem.txt").WriteAllText(ChangedPoem), minute: 1);
        var before = Materialize(changed.Parents[0].Root, "a");
        var after = Materialize(changed.Root, "b");
        var git = Tool(Mgr.Path, "git", "diff", "--no-index", "--no-prefix", Path.GetRelativePath(Mgr.Path, before) + "/dir/poem.txt",
            Path.GetRelativePath(Mgr.Path, after) + "/dir/poem.txt");
        Assert.That(git.ExitCode, Is.EqualTo(1), $"git diff --no-index exits 1 when the files differ: {git.Error}");
        var withoutIndex = string.Join('\n', git.OutputText.Split('\n').Where(line => !line.StartsWith("index ", StringComparison.Ordinal)));
        Assert.That(withoutIndex, Does.Contain("@@ second section").And.Contain("\\ No newline at end of file"), "the case covers function lines and missing newlines");
        Assert.That(changed.DiffToParent(), Is.EqualTo(withoutIndex));
    }

    [TestCase("git")]
    [TestCase("patch")]
    public void TheDiffAppliesToTheParentAndGivesTheRevision(string applier)
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "before", root =>
        {
            root.Join("dir/poem.txt").WriteAllText(Poem);
            root.Join("gone.txt").WriteAllText("removed\n");
            root.Join("with space.txt").WriteAllText("old\n");
            root.Join("kept.txt").WriteAllText("kept\n");
        });
        var changed = Fixed.Commit(repo, "after", root =>
        {
            root.Join("dir/poem.txt").WriteAllText(ChangedPoem);
            root.Join("gone.txt").Remove();
            root.Join("with space.txt").WriteAllText("new\n");
            root.Join("new/deep/added.txt").WriteAllText("added\nlines\n");
        }, minute: 1);
        var work = Materialize(changed.Parents[0].Root, "work");
        File.WriteAllText(Path.Combine(Mgr.Path, "change.diff"), changed.DiffToParent());
        var applied = applier == "git"
            ? Tool(work, "git", "apply", "--verbose", "../change.diff")
            : Tool(work, "patch", "-p1", "--forward", "--batch", "-i", "../change.diff");
        Assert.That(applied.ExitCode, Is.EqualTo(0), $"{applier} refused the diff:\n{applied.OutputText}{applied.Error}\n{changed.DiffToParent()}");
        var expected = Materialize(changed.Root, "expected");
        var result = Snapshot(work);
        var wanted = Snapshot(expected);
        Assert.That(result.Keys, Is.EquivalentTo(wanted.Keys));
        foreach (var (file, content) in wanted)
            Assert.That(result[file], Is.EqualTo(content), $"{file} after {applier} applied the diff");
    }

    [Test]
    public void ABinaryFileIsOneLineSayingItDiffers()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "before", root => root.Join("blob.bin").WriteAllBytes([1, 0, 2]));
        var changed = Fixed.Commit(repo, "after", root => root.Join("blob.bin").WriteAllBytes([1, 0, 3]), minute: 1);
        Assert.That(changed.DiffToParent(), Is.EqualTo("diff --git a/blob.bin b/blob.bin\nBinary files a/blob.bin and b/blob.bin differ\n"));
    }

    [Test]
    public void AnAddedEmptyFileIsItsHeaderAlone()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "before", root => root.Join("a.txt").WriteAllText("a\n"));
        var changed = Fixed.Commit(repo, "after", root => root.Join("empty.txt").WriteAllText(""), minute: 1);
        Assert.That(changed.DiffToParent(), Is.EqualTo("diff --git a/empty.txt b/empty.txt\nnew file mode 100644\n"));
    }

    [Test]
    public void ADiffBetweenAnyTwoRevisionsAppliesEitherWay()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root => root.Join("a.txt").WriteAllText("1\n"));
        Fixed.Commit(repo, "two", root => root.Join("d/b.txt").WriteAllText("b\n"), minute: 1);
        Fixed.Commit(repo, "three", root => root.Join("a.txt").WriteAllText("1\n2\n"), minute: 2);
        var fourth = Fixed.Commit(repo, "four", root =>
        {
            root.Join("c.txt").WriteAllText("c\n");
            root.Join("d/b.txt").Remove();
            root.Join("d/e.txt").WriteAllText("e\n");
        }, minute: 3);
        Assert.That(repo.ChangedFiles(first, fourth), Is.EqualTo(new[] { "a.txt", "c.txt", "d/e.txt" }));
        Assert.That(repo.ChangedFiles(fourth, first), Is.EqualTo(new[] { "a.txt", "c.txt", "d/e.txt" }));
        AssertApplies(repo.Diff(first, fourth), first.Root, fourth.Root, "forward");
        AssertApplies(repo.Diff(fourth, first), fourth.Root, first.Root, "backward");
    }

    [Test]
    public void ADiffCanBeLimitedToPaths()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root => root.Join("keep.txt").WriteAllText("k\n"));
        var second = Fixed.Commit(repo, "two", root =>
        {
            root.Join("a.txt").WriteAllText("a\n");
            root.Join("d/x.txt").WriteAllText("x\n");
            root.Join("d/sub/y.txt").WriteAllText("y\n");
            root.Join("dx/z.txt").WriteAllText("z\n");
        }, minute: 1);
        Assert.Multiple(() =>
        {
            Assert.That(repo.ChangedFiles(first, second, "d"), Is.EqualTo(new[] { "d/sub/y.txt", "d/x.txt" }), "'d' is not a prefix of 'dx'");
            Assert.That(repo.ChangedFiles(first, second, "a.txt", "d/sub/"), Is.EqualTo(new[] { "a.txt", "d/sub/y.txt" }));
            Assert.That(repo.ChangedFiles(first, second, "missing"), Is.Empty);
            Assert.That(repo.ChangedFiles(first, second, ""), Has.Count.EqualTo(4), "the root limits nothing");
            Assert.That(repo.Diff(first, second, "dx"), Is.EqualTo("diff --git a/dx/z.txt b/dx/z.txt\nnew file mode 100644\n--- /dev/null\n+++ b/dx/z.txt\n@@ -0,0 +1 @@\n+z\n"));
        });
        Assert.Throws<InvalidRepoPathException>(() => repo.Diff(first, second, "../outside"));
    }

    [Test]
    public void FromTheEmptyTreeEveryFileIsAdded()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root => root.Join("a.txt").WriteAllText("a\n"));
        var second = Fixed.Commit(repo, "two", root => root.Join("d/b.txt").WriteAllText("b\n"), minute: 1);
        Assert.That(repo.ChangedFiles(null, second), Is.EqualTo(new[] { "a.txt", "d/b.txt" }));
        Assert.That(repo.Diff(null, first), Is.EqualTo(first.DiffToParent()));
    }

    [Test]
    public void AFileChangedAndChangedBackIsNoChange()
    {
        var repo = Mgr.MakeRepo("repo");
        var first = Fixed.Commit(repo, "one", root => root.Join("a.txt").WriteAllText("same\n"));
        Fixed.Commit(repo, "two", root => root.Join("a.txt").WriteAllText("other\n"), minute: 1);
        var third = Fixed.Commit(repo, "three", root =>
        {
            root.Join("a.txt").WriteAllText("same\n");
            root.Join("b.txt").WriteAllText("b\n");
        }, minute: 2);
        Assert.That(repo.ChangedFiles(first, third), Is.EqualTo(new[] { "b.txt" }));
        Assert.That(repo.Diff(first, third, "a.txt"), Is.Empty);
    }

    [Test]
    public void RevisionsOfAnotherRepositoryAreRefused()
    {
        var repo = Mgr.MakeRepo("repo");
        var other = Mgr.MakeRepo("other");
        var mine = Fixed.Commit(repo, "mine", root => root.Join("a.txt").WriteAllText("a\n"));
        var theirs = Fixed.Commit(other, "theirs", root => root.Join("a.txt").WriteAllText("b\n"));
        var error = Assert.Throws<ArgumentException>(() => repo.Diff(theirs, mine))!;
        Assert.That(error.Message, Does.Contain(theirs.Id).And.Contain("another repository"));
    }

    private void AssertApplies(string diff, RepoPath from, RepoPath to, string name)
    {
        var work = Materialize(from, name);
        File.WriteAllText(Path.Combine(Mgr.Path, name + ".diff"), diff);
        var applied = Tool(work, "git", "apply", $"../{name}.diff");
        Assert.That(applied.ExitCode, Is.EqualTo(0), $"git apply refused the {name} diff:\n{applied.Error}\n{diff}");
        Assert.That(Snapshot(work), Is.EqualTo(Snapshot(Materialize(to, name + "-expected"))));
    }

    /// <summary>Writes every file of <paramref name="root"/> under a new directory of the test's own.</summary>
    private string Materialize(RepoPath root, string name)
    {
        var directory = Path.Combine(Mgr.Path, name);
        Directory.CreateDirectory(directory);
        WriteFiles(root, directory);
        return directory;
    }

    private static void WriteFiles(RepoPath tree, string directory)
    {
        foreach (var entry in tree.List())
        {
            var target = Path.Combine(directory, entry.Path);
            if (entry.IsDir)
            {
                Directory.CreateDirectory(target);
                WriteFiles(entry, directory);
            }
            else
            {
                File.WriteAllBytes(target, entry.ReadAllBytes());
            }
        }
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".orig", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetRelativePath(directory, file).Replace('\\', '/'), File.ReadAllText);

    private static ToolResult Tool(string directory, string program, params string[] arguments) => ExternalTool.Run(directory, program, arguments);
}
