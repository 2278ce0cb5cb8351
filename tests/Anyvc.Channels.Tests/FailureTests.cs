using System.Diagnostics;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

public class FailureTests
{
    [Test]
    public void CrashMidCallNamesPidExitCodeCommandAndStderr()
    {
        using var gateway = TestChild.Start("crash");
        using var client = new CommandClient(gateway);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<GatewayClosedException>(() => client.Call(Crash, 0, 42L))!;
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "a crash must surface at once, not at the 20 s call timeout");
        Assert.That(error.Message, Does.Contain($"pid {gateway.ProcessId}").And.Contain("exited with code 42")
            .And.Contain("command in flight: 'crash'").And.Contain("crashing on purpose"));
        Assert.That(gateway.IsAlive, Is.False);
        Assert.Throws<GatewayClosedException>(() => client.Call(Echo, 0, "after death"));
    }

    [Test]
    public void KilledChildIsReportedWithItsSignal()
    {
        using var gateway = TestChild.Start("killself");
        using var client = new CommandClient(gateway);
        var error = Assert.Throws<GatewayClosedException>(() => client.Call(KillSelf, 0, Unit.Value))!;
        Assert.That(error.Message, Does.Contain("killed by signal 9 (SIGKILL)").And.Contain("'killself'"));
    }

    [Test]
    public void HungCallTimesOutAndTheChildIsKilledAndReaped()
    {
        using var gateway = Gateway.Start(TestChild.Options("hang") with { CallTimeout = TimeSpan.FromMilliseconds(300) });
        using var client = new CommandClient(gateway);
        var error = Assert.Throws<CallTimeoutException>(() => client.Call(Hang, 0, Unit.Value))!;
        Assert.That(error.Message, Does.Contain("'hang'").And.Contain("0.3 s").And.Contain("killed"));
        Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True);
    }

    [TestCase("text", "bad frame magic")]
    [TestCase("bad-kind", "unknown frame kind 0x7F")]
    [TestCase("truncated", "stream ended inside a frame")]
    [TestCase("too-long", "outside 0..")]
    [TestCase("bad-msgpack", "invalid MessagePack")]
    [TestCase("unknown-channel", "unknown channel 999")]
    public void BadFrameIsAProtocolErrorThatClosesTheGatewayCleanly(string variant, string expected)
    {
        using var gateway = TestChild.Start("garbage");
        using var client = new CommandClient(gateway);
        client.Post(Garbage, 0, 0, variant);
        var error = Assert.Throws(Is.InstanceOf<ProtocolViolationException>().Or.InstanceOf<GatewayClosedException>(), () => client.Call(Echo, 0, "x"))!;
        Assert.That(error.Message, Does.Contain(expected));
        Assert.That(gateway.IsAlive, Is.False);
        Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True, "the broken child must be killed and reaped");
    }

    [Test]
    public void BadFramesFromTheParentStopTheChildWithAProtocolError()
    {
        var host = new ChildHost("in-memory", new CommandServer());
        var input = new MemoryStream("this is not a frame"u8.ToArray());
        Assert.That(host.Serve(input, new MemoryStream()), Is.EqualTo(ChildHost.ProtocolErrorExitCode));
    }

    [Test]
    public void PrintingToStdoutCannotCorruptTheProtocol()
    {
        using var gateway = TestChild.Start("noisy");
        using var client = new CommandClient(gateway);
        Assert.That(client.Call(Print, 0, "noise from the child, through Console and straight to fd 1"), Is.GreaterThan(0L));
        Assert.That(client.Call(Echo, 0, "intact"), Is.EqualTo("intact"));
    }
}
