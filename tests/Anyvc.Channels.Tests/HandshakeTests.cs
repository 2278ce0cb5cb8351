using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

public class HandshakeTests
{
    [Test]
    public void HelloCarriesVersionPidAndProgram()
    {
        using var gateway = TestChild.Start();
        Assert.Multiple(() =>
        {
            Assert.That(gateway.PeerHello.Version, Is.EqualTo(Protocol.Version));
            Assert.That(gateway.PeerHello.Program, Is.EqualTo("test-child"));
            Assert.That(gateway.PeerHello.ProcessId, Is.EqualTo(gateway.ProcessId).And.Not.EqualTo(Environment.ProcessId));
            Assert.That(gateway.PeerHello.Properties["behaviour"], Is.EqualTo("echo"));
        });
        using var client = new CommandClient(gateway);
        Assert.That(client.Call(Pid, 0, Unit.Value), Is.EqualTo((long)gateway.ProcessId));
    }

    [Test]
    public void VersionMismatchNamesBothVersions()
    {
        var error = Assert.Throws<ProtocolViolationException>(() => TestChild.Start("wrong-version"))!;
        Assert.That(error.Message, Does.Contain($"speaks version {Protocol.Version}").And.Contain("speaks version 99").And.Contain("future-child"));
    }

    [Test]
    public void SilentChildHitsTheStartTimeoutAndIsKilled()
    {
        var options = TestChild.Options("silent") with { StartTimeout = TimeSpan.FromSeconds(3) };
        var error = Assert.Throws<GatewayClosedException>(() => Gateway.Start(options))!;
        Assert.That(error.Message, Does.Contain("sent no hello within 3 s").And.Contain("staying silent"));
        var pid = int.Parse(System.Text.RegularExpressions.Regex.Match(error.Message, @"pid (\d+)").Groups[1].Value);
        Assert.That(TestChild.WaitExited(pid, TimeSpan.FromSeconds(2)), Is.True, "the silent child must be reaped");
    }

    [Test]
    public void MissingProgramIsAClearError()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Gateway.Start(new GatewayOptions("/nonexistent/backend.dll")))!;
        Assert.That(error.Message, Does.Contain("/nonexistent/backend.dll").And.Contain("build"));
    }
}
