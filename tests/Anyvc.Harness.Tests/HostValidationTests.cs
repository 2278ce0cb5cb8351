using Anyvc.Channels;
using Anyvc.Fixtures;
using Anyvc.Wire;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>The host checks paths itself: a client in another language may not check them first.</summary>
public class HostValidationTests
{
    [TestCase("../outside")]
    [TestCase("/etc/passwd")]
    [TestCase(".git/config")]
    public void HostRejectsPathsThatEscapeTheRoot(string path)
    {
        using var scratch = new Scratch();
        using var gateway = Gateway.Start(BackendCatalog.Known[0].GatewayOptions(HermeticEnvironment.Create(scratch.Path)));
        using var client = new CommandClient(gateway);
        var repo = client.NewObjectId();
        client.Post(Commands.CreateRepository, 0, repo, scratch.Combine("repo"));
        var tx = client.NewObjectId();
        client.Post(Commands.Begin, repo, tx, "m", "a", null);
        var stat = Assert.Throws<RemoteException>(() => client.Call(Commands.Stat, tx, null, path))!;
        Assert.That(stat.Code, Is.EqualTo(ErrorCodes.InvalidPath));
        var data = client.OpenDataChannel();
        client.Post(Commands.Write, tx, 0, path, (long)data.Id);
        var write = Assert.Throws<RemoteException>(() => client.Call(Commands.Commit, tx))!;
        Assert.That(write.Code, Is.EqualTo(ErrorCodes.InvalidPath));
        Assert.That(write.Message, Does.Contain(path));
        Assert.Throws<RemoteException>(() => data.Write(new byte[16]), "the refused write's channel is closed with the error");
    }
}
