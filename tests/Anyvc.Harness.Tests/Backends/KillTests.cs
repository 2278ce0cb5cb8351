using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The fault campaign in small: children killed at random points of a commit (the child alone, or with the tools it
/// runs). Afterwards every repository verifies clean with its tool's own verifier, the next commit works, and every
/// revision that landed carries exactly the metadata its commit asked for.
/// </summary>
public class KillTests
{
    private static readonly int Kills = Campaign.Size("ANYVC_CAMPAIGN_KILLS", 6);
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(2));

    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("svn", Category = "svn")]
    public void KillsDuringCommitsLoseNothingAndBreakNothing(string backend)
    {
        using var scratch = new Scratch();
        var directory = scratch.Combine("repo");
        var random = new Random(20091124);
        int inside = 0, landed = 0;
        using (var child = Child(backend, scratch, "first"))
            Commit(child.CreateRepository(directory), 0);
        for (var i = 1; i <= Kills; i++)
        {
            using var child = Child(backend, scratch, $"victim-{i}");
            var repo = child.OpenRepository(directory);
            var commit = Task.Run(() => Commit(repo, i));
            // A third of the kills come at a random point of the call, the rest inside the tool's own transaction,
            // where damage happens.
            var inTransaction = i % 3 != 0 && InsideTransaction(backend, directory, commit);
            inside += inTransaction ? 1 : 0;
            if (!inTransaction)
                Thread.Sleep(random.Next(0, 40));
            var wholeTree = i % 2 == 0;
            if (wholeTree)
                child.Gateway.Kill("killed by the test, with its tools");
            else
                ToolRunner.Run(new ToolCommand("kill", ["-KILL", child.Gateway.ProcessId.ToString()])).EnsureSuccess();
            Assert.That(((IAsyncResult)commit).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), Is.True, $"kill {i} ended the commit's call");
            landed += commit.IsCompletedSuccessfully ? 1 : 0;
        }
        using var survivor = Child(backend, scratch, "survivor");
        var reopened = survivor.OpenRepository(directory);
        var after = Commit(reopened, Kills + 1);
        reopened.Verify();
        foreach (var revision in reopened.History())
        {
            var number = int.Parse(revision.Message.Split(' ')[1]);
            Assert.That(revision.Time.UtcDateTime, Is.EqualTo(Time(number).UtcDateTime), revision.Message);
            Assert.That(revision.Author, Is.EqualTo(Author(number)), revision.Message);
            Assert.That(revision.Root.Join($"file-{number}.txt").ReadAllText(), Is.EqualTo(Content(number)), revision.Message);
        }
        Assert.That(reopened.History()[0].Id, Is.EqualTo(after.Id));
        TestContext.Out.WriteLine($"{backend}: {Kills} kills, {inside} inside the tool's transaction, {landed} commits finished before the kill, {reopened.Count} revisions verified");
    }

    /// <summary>Waits until the tool has a transaction open in <paramref name="directory"/> (git's temporary object, hg's journal, svn's txn directory).</summary>
    private static bool InsideTransaction(string backend, string directory, Task commit)
    {
        Func<bool> open = backend switch
        {
            "hg" => () => File.Exists(Path.Combine(directory, ".hg", "store", "journal")),
            "svn" => () => Directory.Exists(Path.Combine(directory, "db", "transactions")) && Directory.EnumerateDirectories(Path.Combine(directory, "db", "transactions")).Any(),
            // libgit2 writes a loose object to a temporary file in objects/ and renames it into place.
            "git" => () => Directory.EnumerateFiles(Path.Combine(directory, "objects"), "tmp_*").Any(),
            _ => () => false,
        };
        var until = DateTime.UtcNow.AddSeconds(5);
        while (!commit.IsCompleted && DateTime.UtcNow < until)
        {
            if (open())
                return true;
            Thread.SpinWait(100);
        }
        return false;
    }

    private static StartedBackend Child(string backend, Scratch scratch, string name) =>
        BackendProcess.Start(backend, ChildEnvironment.Create(scratch.Combine("children", name)));

    private static Revision Commit(Repository repo, int number)
    {
        using var tx = repo.Transaction($"commit {number}", Author(number), Time(number));
        tx.Root.Join($"file-{number}.txt").WriteAllText(Content(number));
        // Big and incompressible, so the tool's own transaction lasts long enough for a kill to land inside it.
        var big = new byte[4 << 20];
        new Random(number).NextBytes(big);
        tx.Root.Join("big.bin").WriteAllBytes(big);
        return tx.Commit();
    }

    private static string Author(int number) => $"Author {number} <a{number}@example.invalid>";

    private static DateTimeOffset Time(int number) => Start.AddMinutes(number);

    private static string Content(int number) => $"content of commit {number}\n";
}
