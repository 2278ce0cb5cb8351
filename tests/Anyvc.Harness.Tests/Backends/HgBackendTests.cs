using System.Diagnostics;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

[Category("hg")]
public class HgBackendTests
{
    [Test]
    public void CommandServerCrashNamesTheCommandAndTheNextCallGetsANewServer()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("hg", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        Assert.That(repo.GetDefaultHead(), Is.Null);
        var servers = BackendProcess.Children(connection.Gateway.ProcessId, "cmdserver");
        Assert.That(servers, Has.Count.EqualTo(1), "one long-lived command server per backend child");
        using (var server = Process.GetProcessById(servers[0]))
        {
            server.Kill();
            server.WaitForExit();
        }
        var error = Assert.Throws<AnyvcException>(() => Commit(repo, "fails"))!;
        Assert.That(error.Message, Does.Contain("died").And.Contain("hg"));
        Assert.That(Commit(repo, "works again").Message, Is.EqualTo("works again"));
        var replacement = BackendProcess.Children(connection.Gateway.ProcessId, "cmdserver");
        Assert.That(replacement, Has.Count.EqualTo(1).And.Not.Contains(servers[0]));
    }

    [Test]
    public void HostileHgrcChangesNothing()
    {
        using var scratch = new Scratch();
        var hostileHome = Hostile.Home(scratch.Combine("hostile"));
        string Run(string name, System.Collections.IDictionary outer, Action<Dictionary<string, string>>? shape = null)
        {
            using var connection = BackendProcess.Start("hg", ChildEnvironment.Create(scratch.Combine(name), outer), shape);
            return BackendProcess.FixedCommit(connection.Connection, scratch.Combine(name, "repo"));
        }
        var clean = Run("clean", Environment.GetEnvironmentVariables());
        var throughHarness = Run("harness", Hostile.Outer(hostileHome));
        // The backend's own defence: HOME and every hg variable pointing at the hostile user's configuration.
        var attacked = Run("attacked", Environment.GetEnvironmentVariables(), env =>
        {
            env["HOME"] = hostileHome;
            env["HGRCPATH"] = Path.Combine(hostileHome, ".hgrc");
            env["HGUSER"] = "";
            env["HGPLAINEXCEPT"] = "alias,revsetalias";
        });
        Assert.That(throughHarness, Is.EqualTo(clean));
        Assert.That(attacked, Is.EqualTo(clean));
    }

    [Test]
    public void RenamesAreRecordedSoHgLogFollowFollowsThem()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("hg", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        var added = Commit(repo, "add", root => root.Join("old/name.txt").WriteAllText("content\n"));
        var renamed = Commit(repo, "rename", root => root.Join("old").Rename("new"));
        var followed = BackendProcess.Tool(scratch.Combine("repo"), "hg", "log", "--follow", "-r", "tip", "-T", "{node}\n", "path:new/name.txt");
        Assert.That(followed.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { renamed.Id, added.Id }));
        var hgDiff = BackendProcess.Tool(scratch.Combine("repo"), "hg", "diff", "--git", "-c", renamed.Id);
        Assert.That(hgDiff, Does.Contain("rename from old/name.txt").And.Contain("rename to new/name.txt"));
    }

    /// <summary>
    /// A documented difference: hg stores a file revision once per content and file parents, so a file removed and
    /// added again with exactly its old content gets its old file revision back, and annotate names the revision that
    /// first added the lines (git, svn and the reference backend name the one that added it again).
    /// </summary>
    [Test]
    public void AFileAddedAgainWithItsOldContentKeepsTheRevisionThatFirstAddedIt()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("hg", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        var first = Commit(repo, "add", root => root.Join("f.txt").WriteAllText("same\n"));
        Commit(repo, "remove", root =>
        {
            root.Join("f.txt").Remove();
            root.Join("keep.txt").WriteAllText("k\n");
        });
        var again = Commit(repo, "add again", root => root.Join("f.txt").WriteAllText("same\n"));
        Assert.That(again.Annotate("f.txt").Select(line => line.Revision.Id), Is.EqualTo(new[] { first.Id }));
    }

    private static Revision Commit(Repository repo, string message, Action<RepoPath>? change = null)
    {
        using var tx = repo.Transaction(message, "Tester <t@example.invalid>", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        (change ?? (root => root.Join("file.txt").WriteAllText(message)))(tx.Root);
        return tx.Commit();
    }
}
