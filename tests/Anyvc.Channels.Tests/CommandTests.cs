using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

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
            Assert.That(client.Call(Echo, 0, value), Is.EqualTo(value));
        Assert.That(client.Call(Echo, 0, map), Is.EquivalentTo(map));
    }

    [Test]
    public void NonPlainValuesAreRefusedBeforeSending()
    {
        Assert.Throws<ArgumentException>(() => client.Call(Echo, 0, new Uri("http://x")));
        Assert.That(client.Call(Echo, 0, "still fine"), Is.EqualTo("still fine"));
    }

    [Test]
    public void ProspectiveIdIsUsableAtOnce()
    {
        var id = client.NewObjectId();
        client.Post(Make, 0, id, "value");
        Assert.That(client.Call(Get, id, Unit.Value), Is.EqualTo("value"));
    }

    [Test]
    public void FailedPostPoisonsItsIdWithTheOriginalError()
    {
        var id = client.NewObjectId();
        client.Post(FailPosted, 0, id, "bad start");
        var derived = client.NewObjectId();
        client.Post(Derive, id, derived, Unit.Value);
        var direct = Assert.Throws<RemoteException>(() => client.Call(Get, id, Unit.Value))!;
        var indirect = Assert.Throws<RemoteException>(() => client.Call(Get, derived, Unit.Value))!;
        foreach (var error in new[] { direct, indirect })
        {
            Assert.That(error.RemoteTypeName, Is.EqualTo(typeof(InvalidOperationException).FullName));
            Assert.That(error.Message, Does.Contain("failing as asked: bad start"));
        }
    }

    [Test]
    public void FailedPostWithoutResultFailsTheNextCall()
    {
        client.Post(FailPosted, 0, 0, "fire and forget");
        var error = Assert.Throws<RemoteException>(() => client.Call(Echo, 0, "x"))!;
        Assert.That(error.Message, Does.Contain("posted command 'fail' failed earlier").And.Contain("fire and forget"));
        Assert.That(client.Call(Echo, 0, "x"), Is.EqualTo("x"), "the deferred error is reported once");
    }

    [Test]
    public void RemoteErrorCrossesAsData()
    {
        var error = Assert.Throws<RemoteException>(() => client.Call(Fail, 0, "why"))!;
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
        var unknown = new Command<Unit, Unit>("no-such-command", CommandMode.Call, TimeoutClass.Quick, Codecs.NoArguments, Codecs.Nothing);
        Assert.That(Assert.Throws<RemoteException>(() => client.Call(unknown, 0, Unit.Value))!.Code, Is.EqualTo(CommandException.UnknownCommand));
        Assert.That(Assert.Throws<RemoteException>(() => client.Call(Get, 424242, Unit.Value))!.Code, Is.EqualTo(CommandException.UnknownId));
    }

    [Test]
    public void ArgumentsOfTheWrongShapeAreRefusedNamingTheCommandAndTheField()
    {
        var mismatched = new Command<object?, Unit>("download", CommandMode.Call, TimeoutClass.Quick, Codecs.PlainValue, Codecs.Nothing);
        var error = Assert.Throws<RemoteException>(() => client.Call(mismatched, 0, new object?[] { 1L, "not a size" }))!;
        Assert.That(error.Code, Is.EqualTo(CommandException.BadArgument));
        Assert.That(error.Message, Does.Contain("'download'").And.Contain("field 'size' must be an integer, not a string"));
        Assert.That(client.Call(Echo, 0, "still serving"), Is.EqualTo("still serving"));
    }

    [Test]
    public void AReplyOfTheWrongShapeIsAProtocolErrorNamingTheCommand()
    {
        var mismatched = new Command<object?, long>("echo", CommandMode.Call, TimeoutClass.Quick, Codecs.PlainValue, Codecs.Int64);
        var error = Assert.Throws<ProtocolViolationException>(() => client.Call(mismatched, 0, "text"))!;
        Assert.That(error.Message, Does.Contain("reply to 'echo'").And.Contain("must be an integer, not a string"));
        Assert.That(client.Call(Echo, 0, "still serving"), Is.EqualTo("still serving"));
    }

    [Test]
    public void CommandsAimedAtAPoisonedIdFailWithItsErrorEvenWhenUnknown()
    {
        var id = client.NewObjectId();
        client.Post(FailPosted, 0, id, "never made");
        var unknown = new Command<Unit, Unit>("no-such-command", CommandMode.Call, TimeoutClass.Quick, Codecs.NoArguments, Codecs.Nothing);
        var error = Assert.Throws<RemoteException>(() => client.Call(unknown, id, Unit.Value))!;
        Assert.That(error.Message, Does.Contain("never made"));
    }

    [Test]
    public void ChannelIdsComeFromEachSidesHalf()
    {
        var mine = new[] { gateway.OpenChannel("data"), gateway.OpenChannel("data") };
        Assert.That(mine.Select(c => c.Id % 2), Is.All.EqualTo(1u));
        var theirs = (long)client.Call(Flood, 0, 10L);
        Assert.That(theirs % 2, Is.EqualTo(0));
        Assert.That(gateway.AcceptChannel(TimeSpan.FromSeconds(10)).Id, Is.EqualTo((uint)theirs));
    }

    [Test]
    public void ResetDropsObjects()
    {
        var id = client.NewObjectId();
        client.Post(Make, 0, id, 1L);
        client.Call(BuiltinCommands.Reset, 0, Unit.Value);
        Assert.That(Assert.Throws<RemoteException>(() => client.Call(Get, id, Unit.Value))!.Code, Is.EqualTo(CommandException.UnknownId));
    }
}
