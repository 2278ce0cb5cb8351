using System.Xml.Linq;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

[Category("svn")]
public class SvnBackendTests
{
    [Test]
    public void HostileSubversionConfigChangesNothing()
    {
        using var scratch = new Scratch();
        var hostileHome = Hostile.Home(scratch.Combine("hostile"));
        // The backend's own defence: HOME full of auto-props, ignores and password prompts.
        using var connection = BackendProcess.Start("svn", ChildEnvironment.Create(scratch.Combine("run")), env => env["HOME"] = hostileHome);
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        using (var tx = repo.Transaction("props?", "Tester <t@example.invalid>", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            tx.Root.Join("ignored-by-hostile-config.txt").WriteAllText("a\r\nb\n");
            tx.Commit();
        }
        var head = repo.GetDefaultHead()!;
        Assert.That(head.Root.Join("ignored-by-hostile-config.txt").ReadAllText(), Is.EqualTo("a\r\nb\n"));
        var url = new Uri(scratch.Combine("repo")).AbsoluteUri + "/trunk";
        var properties = BackendProcess.Tool(scratch.Path, "svn", "proplist", "-R", "--non-interactive", "--config-dir", scratch.Combine("empty-config"), url);
        Assert.That(properties, Is.Empty, "no auto-props may reach the repository");
    }

    [Test]
    public void RenameIsACopyWithHistory()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("svn", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        using (var tx = repo.Transaction("add", "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            tx.Root.Join("a.txt").WriteAllText("a");
            tx.Commit();
        }
        using (var tx = repo.Transaction("rename", "Tester", new DateTimeOffset(2020, 1, 1, 0, 1, 0, TimeSpan.Zero)))
        {
            tx.Root.Join("a.txt").Rename("b.txt");
            tx.Commit();
        }
        var url = new Uri(scratch.Combine("repo")).AbsoluteUri;
        var log = XDocument.Parse(BackendProcess.Tool(scratch.Path, "svn", "log", "-v", "--xml", "-r", "HEAD", "--non-interactive", "--config-dir", scratch.Combine("empty-config"), url));
        var added = log.Descendants("path").Single(p => (string)p.Attribute("action")! == "A");
        Assert.That(added.Value, Is.EqualTo("/trunk/b.txt"));
        Assert.That((string?)added.Attribute("copyfrom-path"), Is.EqualTo("/trunk/a.txt"));
        Assert.That(log.Descendants("path").Any(p => (string)p.Attribute("action")! == "D" && p.Value == "/trunk/a.txt"), Is.True);
        Assert.That((string?)log.Descendants("author").Single(), Is.EqualTo("Tester"));
        Assert.That((string?)log.Descendants("date").Single(), Does.StartWith("2020-01-01T00:01:00"));
    }

    [Test]
    public void BranchesAreCopiesAndMergesRecordMergeinfoAsSvnMergeWould()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("svn", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        var when = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Revision Commit(string message, string? branch, IReadOnlyList<Revision>? parents, int minute)
        {
            using var tx = repo.Transaction(message, "Tester", when.AddMinutes(minute), branch, parents);
            tx.Root.Join(message + ".txt").WriteAllText(message);
            return tx.Commit();
        }
        var first = Commit("first", null, null, 0);
        var start = repo.CreateBranch("team/topic", first, author: "Tester", time: when.AddMinutes(1));
        Commit("topic1", "team/topic", null, 2);
        var topic2 = Commit("topic2", "team/topic", null, 3);
        var merge = Commit("merge", null, [repo.GetDefaultHead()!, topic2], 4);

        var url = new Uri(scratch.Combine("repo")).AbsoluteUri;
        string Svn(params string[] arguments) => BackendProcess.Tool(scratch.Path, "svn", [.. arguments, "--non-interactive", "--config-dir", scratch.Combine("empty-config")]);
        var copy = XDocument.Parse(Svn("log", "-v", "--xml", "-r", start.Id, url)).Descendants("path").Single(p => p.Value == "/branches/team/topic");
        Assert.That(((string?)copy.Attribute("copyfrom-path"), (string?)copy.Attribute("copyfrom-rev")), Is.EqualTo(("/trunk", first.Id)));
        Assert.That(Svn("propget", "svn:mergeinfo", url + "/trunk@" + merge.Id).Trim(), Is.EqualTo($"/branches/team/topic:{start.Id}-{topic2.Id}"));
        var merged = Svn("mergeinfo", "--show-revs", "merged", url + "/branches/team/topic", url + "/trunk@" + merge.Id)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(merged, Does.Contain("r" + topic2.Id), "svn itself sees the branch as merged");
        Assert.That(Svn("mergeinfo", "--show-revs", "eligible", url + "/branches/team/topic", url + "/trunk@" + merge.Id).Trim(), Is.Empty);
    }

    [Test]
    public void LinksAndTheExecutableBitAreWhatSvnItselfExports()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("svn", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        using (var tx = repo.Transaction("modes", "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            tx.Root.Join("run.sh").WriteAllText("#!/bin/sh\n");
            tx.Root.Join("run.sh").SetExecutable(true);
            tx.Root.Join("link").WriteSymlink("run.sh");
            tx.Commit();
        }
        var url = new Uri(scratch.Combine("repo")).AbsoluteUri + "/trunk";
        BackendProcess.Tool(scratch.Path, "svn", "export", "--quiet", "--non-interactive", "--config-dir", scratch.Combine("empty-config"), url, scratch.Combine("export"));
        Assert.That(new FileInfo(scratch.Combine("export/link")).LinkTarget, Is.EqualTo("run.sh"));
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(scratch.Combine("export/run.sh")) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute));
    }

    [Test]
    public void PropertiesOfOtherToolsSurviveWritesAndBitChanges()
    {
        using var scratch = new Scratch();
        using var connection = BackendProcess.Start("svn", ChildEnvironment.Create(scratch.Path));
        var repo = connection.CreateRepository(scratch.Combine("repo"));
        var when = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var tx = repo.Transaction("add", "Tester", when))
        {
            tx.Root.Join("a.txt").WriteAllText("a\n");
            tx.Commit();
        }
        var url = new Uri(scratch.Combine("repo")).AbsoluteUri;
        string Svn(params string[] arguments) => BackendProcess.Tool(scratch.Path, "svn", [.. arguments, "--non-interactive", "--config-dir", scratch.Combine("empty-config")]);
        BackendProcess.Tool(scratch.Path, "svnmucc", "-U", url, "-m", "eol", "--config-dir", scratch.Combine("empty-config"), "propset", "svn:eol-style", "native", "trunk/a.txt");
        repo.Dispose();
        repo = connection.OpenRepository(scratch.Combine("repo"));
        using (var tx = repo.Transaction("edit and chmod", "Tester", when.AddMinutes(1)))
        {
            tx.Root.Join("a.txt").WriteAllText("b\n");
            tx.Root.Join("a.txt").SetExecutable(true);
            tx.Commit();
        }
        Assert.That(Svn("propget", "svn:eol-style", url + "/trunk/a.txt").Trim(), Is.EqualTo("native"));
        Assert.That(Svn("propget", "svn:executable", url + "/trunk/a.txt").Trim(), Is.EqualTo("*"));
    }
}
