using System.Diagnostics;
using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The fault campaign in small: a backend child stopped (SIGSTOP) while the test writes a file into a transaction or
/// reads a large one. Every call ends within the call timeout and a second, naming the stuck backend.
/// </summary>
public class StopTests
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SetUpTimeout = TimeSpan.FromMinutes(1);
    private static readonly int Stops = Campaign.Size("ANYVC_CAMPAIGN_STOPS", 2);

    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("memory", Category = "memory")]
    [TestCase("svn", Category = "svn")]
    public void AStopDuringAWriteEndsWithinTheCallTimeout(string backend)
    {
        for (var attempt = 0; attempt < Stops; attempt++)
        {
            using var scratch = new Scratch();
            using var child = Start(backend, scratch);
            var repo = child.CreateRepository(scratch.Combine("repo"));
            using var tx = repo.Transaction("stopped", "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
            using var stream = tx.Root.Join("big.bin").Open(FileMode.Create);
            stream.Write(new byte[64 * 1024]);
            Stop(child.Gateway);
            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<BackendCrashedException>(() =>
            {
                for (var i = 0; i < 64; i++)
                    stream.Write(new byte[64 * 1024]);
                tx.Commit();
            })!;
            Assert.That(clock.Elapsed, Is.LessThan(CallTimeout + Slack), error.Message);
            Assert.That(error.Message, Does.StartWith(backend + ": "));
        }
    }

    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("memory", Category = "memory")]
    [TestCase("svn", Category = "svn")]
    public void AStopDuringALargeReadEndsWithinTheCallTimeout(string backend)
    {
        for (var attempt = 0; attempt < Stops; attempt++)
            StopDuringALargeRead(backend);
    }

    private static void StopDuringALargeRead(string backend)
    {
        using var scratch = new Scratch();
        // The set-up runs under the default call timeout: hg starts its command server for the first command, which on a
        // loaded machine took longer than the short timeout; only the read that the stop interrupts is measured.
        using var child = Start(backend, scratch, SetUpTimeout);
        var repo = child.CreateRepository(scratch.Combine("repo"));
        using (var tx = repo.Transaction("large", "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            tx.Root.Join("big.bin").WriteAllBytes(new byte[8 << 20]);
            tx.Commit();
        }
        Assert.That(repo.GetDefaultHead(), Is.Not.Null);
        child.Commands.CallTimeout = CallTimeout;
        using var read = repo.GetDefaultHead()!.Root.Join("big.bin").Open(FileMode.Open);
        read.ReadExactly(new byte[2 << 20]);
        Stop(child.Gateway);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<BackendCrashedException>(() => read.CopyTo(Stream.Null))!;
        Assert.That(clock.Elapsed, Is.LessThan(CallTimeout + Slack), error.Message);
        Assert.That(error.Message, Does.Contain("big.bin"));
    }

    private static StartedBackend Start(string backend, Scratch scratch, TimeSpan? callTimeout = null)
    {
        var options = BackendCatalog.Named(backend).GatewayOptions(ChildEnvironment.Create(scratch.Combine("child"))) with { CallTimeout = callTimeout ?? CallTimeout };
        return new StartedBackend(Gateway.Start(options));
    }

    private static void Stop(Gateway gateway) =>
        ToolRunner.Run(new ToolCommand("kill", ["-STOP", gateway.ProcessId.ToString()])).EnsureSuccess();
}
