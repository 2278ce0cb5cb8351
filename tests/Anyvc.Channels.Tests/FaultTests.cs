using System.Diagnostics;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using Anyvc.Channels.Processes;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

/// <summary>
/// What a fault campaign found, in small: a stopped child, a reply that stops in the middle of a frame, MessagePack
/// that overruns a decoder, a peer that floods unread messages. Each ends within its deadline, and cleanly.
/// </summary>
public class FaultTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Test]
    public void AWriteToAStoppedChildEndsWithinTheCallTimeout()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var gateway = Gateway.Start(TestChild.Options("echo") with { CallTimeout = Deadline });
            using var client = new CommandClient(gateway);
            var channel = client.OpenDataChannel();
            client.Post(Upload, 0, client.NewObjectId(), new UploadRequest(channel.Id, Summing: false));
            Signal(gateway.ProcessId, "STOP");
            var clock = Stopwatch.StartNew();
            var error = Assert.Catch(() =>
            {
                using var stream = channel.AsStream();
                stream.Write(new byte[2 << 20]);
            })!;
            Assert.That(clock.Elapsed, Is.LessThan(Deadline + TimeSpan.FromSeconds(1.5)), $"attempt {attempt}: {error.Message}");
            Assert.That(error, Is.InstanceOf<ChannelException>());
            Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True, "the stopped child is killed");
        }
    }

    [Test]
    public void AReadFromAChildStoppedInsideALargeReplyEndsWithinTheCallTimeout()
    {
        using var gateway = Gateway.Start(TestChild.Options("echo") with { CallTimeout = Deadline });
        using var client = new CommandClient(gateway);
        var channel = client.OpenDataChannel();
        client.Call(Download, 0, new DownloadRequest(channel.Id, 64L << 20));
        using var stream = channel.AsStream();
        stream.ReadExactly(new byte[3 << 20]);
        Signal(gateway.ProcessId, "STOP");
        var clock = Stopwatch.StartNew();
        Assert.Throws<CallTimeoutException>(() => stream.CopyTo(Stream.Null));
        Assert.That(clock.Elapsed, Is.LessThan(Deadline + TimeSpan.FromSeconds(1.5)));
        Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True);
    }

    [Test]
    public void ACallWhoseReplyStopsInsideAFrameEndsAtItsDeadline()
    {
        using var gateway = Gateway.Start(TestChild.Options("garbage") with { CallTimeout = Deadline });
        using var client = new CommandClient(gateway);
        client.Post(Garbage, 0, 0, "half-frame");
        var clock = Stopwatch.StartNew();
        Assert.Throws<CallTimeoutException>(() => client.Call(Echo, 0, "answer"));
        Assert.That(clock.Elapsed, Is.LessThan(Deadline + TimeSpan.FromSeconds(1)));
        Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True);
    }

    [TestCase("deep-nesting")]
    [TestCase("long-string")]
    public void MessagePackThatOverrunsTheDecoderIsAProtocolErrorAndTheChildIsKilled(string variant)
    {
        using var gateway = TestChild.Start("garbage");
        using var client = new CommandClient(gateway);
        client.Post(Garbage, 0, 0, variant);
        var error = Assert.Throws<ProtocolViolationException>(() => client.Call(Echo, 0, "x"))!;
        Assert.That(error.Message, Does.Contain("broke the protocol (invalid MessagePack payload"));
        Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True);
    }

    [TestCase("depth")]
    [TestCase("str32")]
    public void MessagePackThatOverrunsTheDecoderStopsTheChildWithAProtocolError(string what)
    {
        // [callId 1, "echo", 0, 0, args]: the envelope is valid; the arguments overrun the plain-value decoder.
        byte[] arguments = what == "depth"
            ? [.. Enumerable.Repeat((byte)0x91, 100_000), 0xC0]
            : [0xDB, 0x7F, 0xFF, 0xFF, 0xF0, (byte)'x'];
        byte[] command = [0x95, 0x01, 0xA4, .. "echo"u8, 0x00, 0x00, .. arguments];
        var input = new MemoryStream();
        Write(input, FrameKind.Hello, 0, MsgPackValue.Encode(new Hello(Protocol.Version, 1, "parent", new Dictionary<string, object?>()).ToWire()));
        Write(input, FrameKind.Open, 1, MsgPackValue.Encode(Protocol.CommandService));
        Write(input, FrameKind.Message, 1, command);
        input.Position = 0;
        var server = new CommandServer().Register(Echo, (_, value) => value);
        Assert.That(new ChildHost("in-memory", server).Serve(input, new MemoryStream()), Is.EqualTo(ChildHost.ProtocolErrorExitCode));
    }

    [Test]
    public void APeerThatFloodsUnreadMessagesIsStoppedBeforeItFillsMemory()
    {
        using var gateway = TestChild.Start("echo");
        using var client = new CommandClient(gateway);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Catch<ChannelException>(() =>
        {
            client.Call(Spam, 0, 64L); // 256 MiB of messages if nothing stopped them
            for (var i = 0; i < 64; i++)
                gateway.AcceptChannel(TimeSpan.FromSeconds(10));
        });
        Assert.That(gateway.Failure?.Message, Does.Contain("messages nobody has read"));
        Assert.That(TestChild.WaitExited(gateway.ProcessId, TimeSpan.FromSeconds(2)), Is.True);
        Assert.That(GC.GetTotalMemory(forceFullCollection: true) - before, Is.LessThan(64L << 20));
    }

    [Test]
    public void ADeferredErrorNamesTheCommandThatFailedFirst()
    {
        using var gateway = TestChild.Start();
        using var client = new CommandClient(gateway);
        var box = client.NewObjectId();
        client.Post(FailPosted, 0, box, "never made");
        client.Post(Derive, box, 0, Unit.Value);
        var error = Assert.Throws<RemoteException>(() => client.Call(Echo, 0, "x"))!;
        Assert.That(error.Message, Does.Contain("posted command 'fail' failed earlier").And.Contain("never made"));
    }

    private static void Signal(int pid, string signal) => ToolRunner.Run(new ToolCommand("kill", [$"-{signal}", pid.ToString()])).EnsureSuccess();

    private static void Write(Stream stream, FrameKind kind, uint channel, byte[] payload)
    {
        var header = new byte[FrameHeader.Size];
        new FrameHeader(kind, channel, payload.Length).Write(header);
        stream.Write(header);
        stream.Write(payload);
    }
}
