using NUnit.Framework;

namespace Anyvc.Channels.Tests;

public class CommandTests
{
    private Gateway gateway = null!;
    private CommandClient client = null!;

    [SetUp]
    public void Start()
    {
        gateway = TestChild.Start();
        client = new CommandClient(gateway);
    }

    [TearDown]
    public void Stop() => gateway.Dispose();

    [Test]
    public void PlainValuesRoundTrip()
    {
        var map = new Dictionary<string, object?> { ["a"] = 1L, ["ü"] = "ß" };
        object?[] values = [null, true, false, 0L, -1L, long.MaxValue, ulong.MaxValue, 1.5, "", "héllo ✓", new byte[] { 0, 255 }, new object?[] { 1L, "x", null }];
        foreach (var value in values)
            Assert.That(client.Call("echo", 0, value), Is.EqualTo(value));
        Assert.That(client.Call("echo", 0, map), Is.EquivalentTo(map));
    }

    [Test]
    public void NonPlainValuesAreRefusedBeforeSending()
    {
        Assert.Throws<ArgumentException>(() => client.Call("echo", 0, new Uri("http://x")));
        Assert.That(client.Call("echo", 0, "still fine"), Is.EqualTo("still fine"));
    }

    [Test]
    public void ProspectiveIdIsUsableAtOnce()
    {
        var id = client.NewObjectId();
        client.Post("make", 0, id, "value");
        Assert.That(client.Call("get", id), Is.EqualTo("value"));
    }

    [Test]
    public void FailedPostPoisonsItsIdWithTheOriginalError()
    {
        var id = client.NewObjectId();
        client.Post("fail", 0, id, "bad start");
        var derived = client.NewObjectId();
        client.Post("derive", id, derived);
        var direct = Assert.Throws<RemoteException>(() => client.Call("get", id))!;
        var indirect = Assert.Throws<RemoteException>(() => client.Call("get", derived))!;
        foreach (var error in new[] { direct, indirect })
        {
            Assert.That(error.RemoteTypeName, Is.EqualTo(typeof(InvalidOperationException).FullName));
            Assert.That(error.Message, Does.Contain("failing as asked: bad start"));
        }
    }

    [Test]
    public void FailedPostWithoutResultFailsTheNextCall()
    {
        client.Post("fail", 0, 0, "fire and forget");
        var error = Assert.Throws<RemoteException>(() => client.Call("echo", 0, "x"))!;
        Assert.That(error.Message, Does.Contain("posted command 'fail' failed earlier").And.Contain("fire and forget"));
        Assert.That(client.Call("echo", 0, "x"), Is.EqualTo("x"), "the deferred error is reported once");
    }

    [Test]
    public void RemoteErrorCrossesAsData()
    {
        var error = Assert.Throws<RemoteException>(() => client.Call("fail", 0, "why"))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.RemoteTypeName, Is.EqualTo("System.InvalidOperationException"));
            Assert.That(error.Error.Message, Is.EqualTo("failing as asked: why"));
            Assert.That(error.RemoteStack, Does.Contain("EchoBehaviour"));
            Assert.That(error.Code, Is.EqualTo(RemoteErrorData.GenericCode));
            Assert.That(error.ToString(), Does.Contain("remote stack"));
        });
    }

    [Test]
    public void UnknownCommandAndUnknownIdAreCodedErrors()
    {
        Assert.That(Assert.Throws<RemoteException>(() => client.Call("no-such-command", 0))!.Code, Is.EqualTo(CommandException.UnknownCommand));
        Assert.That(Assert.Throws<RemoteException>(() => client.Call("get", 424242))!.Code, Is.EqualTo(CommandException.UnknownId));
        Assert.That(Assert.Throws<RemoteException>(() => client.Call("make", 0))!.Code, Is.EqualTo(CommandException.BadArgument));
    }

    [Test]
    public void ChannelIdsComeFromEachSidesHalf()
    {
        var mine = new[] { gateway.OpenChannel("data"), gateway.OpenChannel("data") };
        Assert.That(mine.Select(c => c.Id % 2), Is.All.EqualTo(1u));
        var theirs = (long)client.Call("flood", 0, 10L)!;
        Assert.That(theirs % 2, Is.EqualTo(0));
        Assert.That(gateway.AcceptChannel(TimeSpan.FromSeconds(10)).Id, Is.EqualTo((uint)theirs));
    }

    [Test]
    public void ResetDropsObjects()
    {
        var id = client.NewObjectId();
        client.Post("make", 0, id, 1L);
        client.Call(CommandServer.Reset, 0);
        Assert.That(Assert.Throws<RemoteException>(() => client.Call("get", id))!.Code, Is.EqualTo(CommandException.UnknownId));
    }
}
