using System.Diagnostics;
using Anyvc.Channels.Commands;
using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class PoolTests
{
    private static ChildPool NewPool(Scratch scratch) =>
        new(BackendCatalog.Named("memory"), scratch.Path, new ChildPoolOptions(InProcess: false, IsolatePerTest: false));

    [Test]
    public void ChildIsReusedAndResetBetweenLeases()
    {
        using var scratch = new Scratch();
        using var pool = NewPool(scratch);
        int firstPid;
        Repository first;
        using (var lease = pool.Rent())
        {
            firstPid = lease.Gateway.ProcessId;
            first = lease.Connection.CreateRepository(scratch.Combine("repo"));
            Assert.That(first.GetDefaultHead(), Is.Null);
        }
        using (var lease = pool.Rent())
        {
            Assert.That(lease.Gateway.ProcessId, Is.EqualTo(firstPid));
            Assert.Throws<AnyvcException>(() => first.GetDefaultHead(), "the reset dropped the previous test's objects");
        }
        Assert.That(pool.StartedCount, Is.EqualTo(1));
    }

    [Test]
    public void CrashedChildFailsOnlyItsTestAndIsReplaced()
    {
        using var scratch = new Scratch();
        using var pool = NewPool(scratch);
        int deadPid;
        using (var lease = pool.Rent())
        {
            deadPid = lease.Gateway.ProcessId;
            var repo = lease.Connection.CreateRepository(scratch.Combine("repo"));
            KillAndWait(deadPid);
            var error = Assert.Throws<BackendCrashedException>(() => repo.GetDefaultHead())!;
            Assert.That(error.Message, Does.Contain($"pid {deadPid}").And.Contain("signal 9").And.Contain("repo.head").And.StartWith("memory: "));
        }
        using (var lease = pool.Rent())
        {
            Assert.That(lease.Gateway.ProcessId, Is.Not.EqualTo(deadPid));
            Assert.That(lease.Connection.CreateRepository(scratch.Combine("again")).GetDefaultHead(), Is.Null);
        }
        Assert.That(pool.StartedCount, Is.EqualTo(2));
    }

    [Test]
    public void ChildThatDiedWhileIdleInThePoolIsNotHandedOut()
    {
        using var scratch = new Scratch();
        using var pool = NewPool(scratch);
        int idlePid;
        using (var lease = pool.Rent())
            idlePid = lease.Gateway.ProcessId;
        KillAndWait(idlePid);
        using (var lease = pool.Rent())
        {
            Assert.That(lease.Gateway.ProcessId, Is.Not.EqualTo(idlePid));
            Assert.That(lease.Connection.CreateRepository(scratch.Combine("repo")).GetDefaultHead(), Is.Null);
        }
        Assert.That(pool.StartedCount, Is.EqualTo(2));
    }

    [Test]
    public void DisposingThePoolReapsEveryChild()
    {
        using var scratch = new Scratch();
        var pool = NewPool(scratch);
        var leases = new[] { pool.Rent(), pool.Rent() };
        var pids = leases.Select(l => l.Gateway.ProcessId).ToList();
        foreach (var lease in leases)
            lease.Dispose();
        pool.Dispose();
        foreach (var pid in pids)
            Assert.That(ProcessState.HasExited(pid), Is.True, $"child {pid} outlived its pool");
    }

    [Test]
    public void AChildThatLeaksDescriptorsFailsTheTestThatReturnsItAndIsReplaced()
    {
        using var scratch = new Scratch();
        var python = BackendRegistrations.Parse($"pyvc={Path.Combine(AppContext.BaseDirectory, "Foreign", "minimal_backend.py")}").Single();
        using var pool = new ChildPool(python, scratch.Path, new ChildPoolOptions(InProcess: false, IsolatePerTest: false));
        int leakyPid;
        using (var lease = pool.Rent())
            leakyPid = lease.Gateway.ProcessId;
        var leaking = pool.Rent();
        Assert.That(leaking.Gateway.ProcessId, Is.EqualTo(leakyPid), "a sound child is reused");
        using (var client = new CommandClient(leaking.Gateway))
            client.Call(new Command<IReadOnlyList<long>, Unit>("pyvc.leak", CommandMode.Call, TimeoutClass.Quick, Codecs.Int64List, Codecs.Nothing), 0, [ChildResources.Allowance.Descriptors + 1]);
        var error = Assert.Throws<InvalidOperationException>(() => leaking.Dispose())!;
        Assert.That(error.Message, Does.Contain($"pid {leakyPid}").And.Contain("leaking").And.Contain("descriptors"));
        using var next = pool.Rent();
        Assert.That(next.Gateway.ProcessId, Is.Not.EqualTo(leakyPid), "the leaking child was replaced");
    }

    private static void KillAndWait(int pid)
    {
        using var victim = Process.GetProcessById(pid);
        victim.Kill();
        victim.WaitForExit();
    }
}
