using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

[Category("git")]
public class GitBackendTests
{
    [Test]
    public void HostileGitConfigChangesNothingCommitted()
    {
        using var scratch = new Scratch();
        var hostile = Hostile.Home(scratch.Combine("hostile"));
        string CommitIn(string name, Action<Dictionary<string, string>>? shape = null)
        {
            using var child = BackendProcess.Start("git", ChildEnvironment.Create(scratch.Combine(name)), shape);
            return BackendProcess.FixedCommit(child.Connection, scratch.Combine(name, "repo"));
        }
        var clean = CommitIn("clean");
        // The backend's own defence: no harness home at all, and every git setting pointing at the hostile user's files.
        var attacked = CommitIn("attacked", env =>
        {
            foreach (var (key, value) in Hostile.Outer(hostile).Cast<System.Collections.DictionaryEntry>().Select(e => ((string)e.Key, e.Value as string)))
                if (key is "HOME" or "XDG_CONFIG_HOME" or "GIT_CONFIG_GLOBAL" or "GIT_DIR" && value is not null)
                    env[key] = value;
        });
        Assert.That(attacked, Is.EqualTo(clean), "the same commit must get the same id whatever the user's config says");
        Assert.That(File.ReadAllText(scratch.Combine("attacked", "repo", "HEAD")), Is.EqualTo("ref: refs/heads/main\n"));
    }
}
