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

    private static ToolResult Tool(string directory, string program, params string[] arguments) =>
        ToolRunner.Run(new ToolCommand(program, arguments)
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string?>
            {
                ["HOME"] = directory,
                ["GIT_CONFIG_NOSYSTEM"] = "1",
                ["GIT_CONFIG_GLOBAL"] = "/dev/null",
                // The test directory may lie inside a git work tree (a checkout of this project): git apply would then
                // take paths from that repository's root and skip the ones outside the current directory.
                ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(directory),
            },
        });
}
