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
}
