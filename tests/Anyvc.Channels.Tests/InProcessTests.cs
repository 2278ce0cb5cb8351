using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using NUnit.Framework;

namespace Anyvc.Channels.Tests;

public class InProcessTests
{
    [Test]
    public void SameApiWithTheServerInThisProcess()
    {
        var twice = new Command<long, long>("twice", CommandMode.Call, TimeoutClass.Quick, Codecs.Int64, Codecs.Int64);
        var missing = new Command<Unit, Unit>("missing", CommandMode.Call, TimeoutClass.Quick, Codecs.NoArguments, Codecs.Nothing);
        var server = new CommandServer().Register(twice, (_, n) => n * 2);
        using var gateway = Gateway.StartInProcess(new ChildHost("in-process", server));
        using var client = new CommandClient(gateway);
        Assert.That(gateway.IsInProcess, Is.True);
        Assert.That(gateway.ProcessId, Is.EqualTo(Environment.ProcessId));
        Assert.That(client.Call(twice, 0, 21L), Is.EqualTo(42L));
        Assert.That(client.Call(twice, 0, 1L << 40), Is.EqualTo(1L << 41), "MessagePack writes these as uint64; typed codecs read them back");
        Assert.That(Assert.Throws<RemoteException>(() => client.Call(missing, 0, Unit.Value))!.Code, Is.EqualTo(CommandException.UnknownCommand));
    }
}
