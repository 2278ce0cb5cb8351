using NUnit.Framework;

namespace Anyvc.Channels.Tests;

public class InProcessTests
{
    [Test]
    public void SameApiWithTheServerInThisProcess()
    {
        var server = new CommandServer().Register("twice", c => c.GetInt64(0) * 2);
        using var gateway = Gateway.StartInProcess(new ChildHost("in-process", server));
        using var client = new CommandClient(gateway);
        Assert.That(gateway.IsInProcess, Is.True);
        Assert.That(gateway.ProcessId, Is.EqualTo(Environment.ProcessId));
        Assert.That(client.Call("twice", 0, 21L), Is.EqualTo(42L));
        Assert.That(Assert.Throws<RemoteException>(() => client.Call("missing", 0))!.Code, Is.EqualTo(CommandException.UnknownCommand));
    }
}
