using System.Diagnostics;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

[BackendFixture]
public class Isolation(Backend backend) : BackendTest(backend)
{
    [Test]
    public void BackendRunsInAnotherProcess()
    {
        var gateway = Child;
        if (gateway.IsInProcess)
            Assert.Ignore("ANYVC_IN_PROCESS is set: backends run in this process on purpose");
        Fixed.Commit(Mgr.MakeRepo("repo"), "in the child", root => root.Join("a").WriteAllText("a"));
        Assert.That(gateway.ProcessId, Is.Not.EqualTo(Environment.ProcessId));
        Assert.That(gateway.PeerHello.ProcessId, Is.EqualTo(gateway.ProcessId));
        using (var child = Process.GetProcessById(gateway.ProcessId))
            Assert.That(child.HasExited, Is.False);
        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").ToList();
        Assert.That(assemblies, Has.None.StartsWith("LibGit2Sharp").And.None.StartsWith("Anyvc.Backends"));
        var maps = File.ReadAllText("/proc/self/maps");
        Assert.That(maps, Does.Not.Contain("libgit2"), "the test process mapped libgit2");
    }

    [Test]
    public void BackendDescribesItself()
    {
        var info = Mgr.Backend;
        Assert.That(info.Name, Is.EqualTo(Backend.Name));
        Assert.That(info.Tool, Is.Not.Empty);
        Assert.That(info.ToolVersion, Is.Not.Empty);
    }
}
