using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

public class StreamTests
{
    private Gateway gateway = null!;
    private CommandClient client = null!;

    [SetUp]
    public void Start()
    {
        gateway = TestChild.Start("slow-reader");
        client = new CommandClient(gateway);
    }

    [TearDown]
    public void Stop() => gateway.Dispose();

    [Test]
    public void UploadStreamsInChunksAndArrivesWhole()
    {
        const int size = 10 * 1024 * 1024 + 7;
        var data = Pattern(size);
        var channel = client.OpenDataChannel();
        var box = client.NewObjectId();
        client.Post(Upload, 0, box, new UploadRequest(channel.Id, Summing: true));
        using (var stream = channel.AsStream())
            stream.Write(data);
        var result = client.Call(Get, box, Unit.Value); // frames are ordered: the close arrived before this call
        Assert.That(result, Is.EqualTo(new object?[] { (long)size, data.Sum(b => (long)b) }));
    }

    [Test]
    public void DownloadDeliversEveryByte()
    {
        const int size = 5 * 1024 * 1024 + 3;
        var channel = client.OpenDataChannel();
        client.Call(Download, 0, new DownloadRequest(channel.Id, size));
        using var stream = channel.AsStream();
        var received = new MemoryStream();
        stream.CopyTo(received);
        Assert.That(received.ToArray(), Is.EqualTo(Pattern(size)));
    }

    [Test]
    public void SlowChannelIsBoundedAndDoesNotBlockOthers()
    {
        const long size = 16L * 1024 * 1024;
        var id = client.Call(Flood, 0, size);
        var channel = gateway.AcceptChannel(TimeSpan.FromSeconds(10));
        Assert.That(channel.Id, Is.EqualTo((uint)id));
        // The child sent a whole window before its reply to "flood", and frames arrive in order.
        Assert.That(channel.BufferedBytes, Is.EqualTo(Protocol.InitialWindow), "the child fills exactly the window");
        Assert.That(client.Call(Echo, 0, "other channels still flow"), Is.EqualTo("other channels still flow"));
        Assert.That(channel.BufferedBytes, Is.EqualTo(Protocol.InitialWindow), "and not a byte more without credit");
        var total = 0L;
        var buffer = new byte[100_000];
        int read;
        var mismatch = false;
        while ((read = channel.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
                mismatch |= buffer[i] != (byte)((total + i) % 251);
            total += read;
            Assert.That(channel.BufferedBytes, Is.LessThanOrEqualTo(Protocol.InitialWindow));
        }
        Assert.That(total, Is.EqualTo(size));
        Assert.That(mismatch, Is.False, "content differs from the pattern");
    }

    [Test]
    public void PostsBackUpInThePipeWhileTheChildNaps()
    {
        client.Post(Nap, 0, 0, 500L);
        const int count = 60_000; // ~2.4 MB of frames, far beyond the pipe buffer
        for (var i = 0; i < count; i++)
            client.Post(Count, 0, 0, "padding-padding-padding");
        Assert.That(client.Call(Received, 0, Unit.Value), Is.EqualTo((long)count));
    }

    [Test]
    public void CloseWithErrorRaisesTheRemoteErrorAtTheReader()
    {
        var channel = client.OpenDataChannel();
        client.Call(FailStream, 0, new StreamFailure(channel.Id, "disk on fire"));
        using var stream = channel.AsStream();
        var error = Assert.Throws<RemoteException>(() => stream.ReadExactly(new byte[1]))!;
        Assert.That(error.Code, Is.EqualTo("stream-failed"));
        Assert.That(error.Message, Does.Contain("disk on fire").And.Contain($"channel {channel.Id}"));
    }

    internal static byte[] Pattern(int size)
    {
        var data = new byte[size];
        for (var i = 0; i < size; i++)
            data[i] = (byte)(i % 251);
        return data;
    }
}
