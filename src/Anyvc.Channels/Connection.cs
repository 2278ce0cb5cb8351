using System.Collections.Concurrent;
using System.Diagnostics;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;

namespace Anyvc.Channels;

/// <summary>
/// One end of a framed pipe pair: the writer (serialized by a lock), the channel table and the dispatch of
/// incoming frames. The parent drives it from a reader thread; the child from its serve loop.
/// </summary>
internal sealed class Connection
{
    private readonly FrameReader reader;
    private readonly FrameWriter writer;
    private readonly object writeLock = new();
    private readonly ConcurrentDictionary<uint, Channel> channels = new();
    private readonly bool parentSide;
    private long nextChannelId;
    private long queuedMessageBytes;
    private int peerChannels;
    private long writeStartedAt;
    private Exception? failure;

    public Connection(Stream input, Stream output, bool parentSide, FrameTrace? trace, Func<TimeSpan, bool>? waitReadable = null)
    {
        reader = new FrameReader(input, waitReadable);
        writer = new FrameWriter(output);
        this.parentSide = parentSide;
        Trace = trace;
        nextChannelId = parentSide ? 1 : 2;
    }

    /// <summary>Called when a send leaves bytes buffered without flushing; the parent's flusher listens.</summary>
    public Action? FlushNeeded { get; set; }

    /// <summary>Told when a waiter starts (true) or stops (false) needing frames read for it; the parent's reader listens.</summary>
    public Action<bool>? ReaderDemand { get; set; }

    /// <summary>Told when a write finds the pipe broken, before the error is raised: the parent describes the death.</summary>
    public Action<IOException>? WriteFailed { get; set; }

    /// <summary>Told when a channel waited past its deadline: the parent kills the stuck child.</summary>
    public Action<string>? Stalled { get; set; }

    /// <summary>Called on the reading thread when the peer opens a channel.</summary>
    public Action<Channel>? ChannelOpened { get; set; }

    /// <summary>Set once the peer said goodbye.</summary>
    public bool GoodbyeReceived { get; private set; }

    /// <summary>Why the connection died, or null while it lives.</summary>
    public Exception? Failure => Volatile.Read(ref failure);

    /// <summary>How long the write in progress has been blocked on the pipe (zero when none is): a stuck peer shows here.</summary>
    public TimeSpan BlockedWriteTime => Volatile.Read(ref writeStartedAt) is var started and not 0
        ? Stopwatch.GetElapsedTime(started)
        : TimeSpan.Zero;

    public FrameTrace? Trace { get; }

    /// <summary>True when input is buffered, so reading the next frame may not block.</summary>
    public bool HasBufferedInput => reader.HasBufferedBytes;

    /// <summary>Opens a channel with an id from this side's half (parent odd, child even).</summary>
    public Channel Open(string service)
    {
        ThrowIfFailed();
        var id = (uint)(Interlocked.Add(ref nextChannelId, 2) - 2);
        var channel = new Channel(this, id, service);
        channels[id] = channel;
        SendValue(FrameKind.Open, id, service, flush: false);
        return channel;
    }

    /// <summary>Looks up a channel the peer opened, e.g. one a command names.</summary>
    public Channel? Find(uint id) => channels.GetValueOrDefault(id);

    public void SendFrame(FrameKind kind, uint channel, ReadOnlySpan<byte> payload, bool flush)
    {
        lock (writeLock)
        {
            ThrowIfFailed();
            if (payload.Length >= FrameWriter.DirectPayload)
            {
                // Bulk data skips the copy into the frame buffer: header (after what is buffered), then payload.
                writer.WriteHeader(kind, channel, payload.Length);
                Trace?.Log(true, kind, channel, payload);
                WriteOut(payload);
                return;
            }
            var wasEmpty = writer.Buffered == 0;
            writer.Write(kind, channel, payload);
            Trace?.Log(true, kind, channel, payload);
            Complete(flush, wasEmpty);
        }
    }

    /// <summary>Sends a frame whose payload is one plain value (see <see cref="MsgPackValue"/>).</summary>
    public void SendValue(FrameKind kind, uint channel, object? value, bool flush) =>
        SendMessage(kind, channel, value, static (ref MessagePack.MessagePackWriter writer, object? plain) => MsgPackValue.Write(ref writer, plain), flush);

    /// <summary>Sends a frame whose payload <paramref name="body"/> encodes in place.</summary>
    public void SendMessage<TState>(FrameKind kind, uint channel, TState state, MessageBody<TState> body, bool flush)
    {
        lock (writeLock)
        {
            ThrowIfFailed();
            var wasEmpty = writer.Buffered == 0;
            var payload = writer.WriteMessage(kind, channel, state, body);
            Trace?.Log(true, kind, channel, payload);
            Complete(flush, wasEmpty);
        }
    }

    private void Complete(bool flush, bool wasEmpty)
    {
        if (flush || writer.Buffered >= FrameWriter.FlushThreshold)
            WriteOut();
        else if (wasEmpty)
            FlushNeeded?.Invoke();
    }

    /// <summary>Writes out buffered frames.</summary>
    public void Flush()
    {
        lock (writeLock)
        {
            if (Failure is null)
                WriteOut();
        }
    }

    /// <summary>
    /// Sends a goodbye unless the write lock stays taken for <paramref name="wait"/> (another writer is stuck on a
    /// full pipe): then the caller must kill instead of waiting behind it.
    /// </summary>
    public bool TrySendGoodbye(TimeSpan wait)
    {
        if (!Monitor.TryEnter(writeLock, wait))
            return false;
        try
        {
            if (Failure is not null)
                return false;
            writer.Write(FrameKind.Goodbye, 0, default);
            Trace?.Log(true, FrameKind.Goodbye, 0, default);
            WriteOut();
            return true;
        }
        catch (GatewayClosedException)
        {
            return false;
        }
        finally
        {
            Monitor.Exit(writeLock);
        }
    }

    private void WriteOut(ReadOnlySpan<byte> direct = default)
    {
        Volatile.Write(ref writeStartedAt, Stopwatch.GetTimestamp());
        try
        {
            writer.Flush(direct);
        }
        catch (IOException e)
        {
            writer.Discard();
            // The owner describes the death (pid, exit status, stderr tail) rather than a bare "broken pipe".
            WriteFailed?.Invoke(e);
            var reason = Failure ?? new GatewayClosedException($"the pipe to the {(parentSide ? "child" : "parent")} is closed: {e.Message}", e);
            Fail(reason);
            throw reason is ProtocolViolationException ? new ProtocolViolationException(reason.Message, reason) : new GatewayClosedException(reason.Message, reason);
        }
        finally
        {
            Volatile.Write(ref writeStartedAt, 0);
        }
    }

    /// <summary>Reads the next frame (logging it when tracing); false at a clean end of stream.</summary>
    /// <exception cref="TimeoutException"><paramref name="deadline"/> passed before the whole frame arrived.</exception>
    public bool TryReadFrame(out FrameHeader header, out ReadOnlyMemory<byte> payload, DateTime? deadline = null)
    {
        if (!reader.TryRead(out header, out payload, deadline))
            return false;
        Trace?.Log(false, header.Kind, header.ChannelId, payload.Span);
        return true;
    }

    /// <summary>Acts on one frame read after the handshake.</summary>
    /// <exception cref="ProtocolViolationException">The frame is not valid here.</exception>
    public void Dispatch(FrameHeader header, ReadOnlyMemory<byte> payload)
    {
        switch (header.Kind)
        {
            case FrameKind.Hello:
                throw new ProtocolViolationException("a second hello arrived after the handshake");
            case FrameKind.Goodbye:
                GoodbyeReceived = true;
                return;
            case FrameKind.Open:
                OnOpen(header.ChannelId, payload);
                return;
            default:
                if (!channels.TryGetValue(header.ChannelId, out var channel))
                    throw new ProtocolViolationException($"{header.Kind} frame for unknown channel {header.ChannelId}");
                channel.OnFrame(header.Kind, payload);
                return;
        }
    }

    private void OnOpen(uint id, ReadOnlyMemory<byte> payload)
    {
        var peerParity = parentSide ? 0u : 1u;
        if (id == 0 || id % 2 != peerParity)
            throw new ProtocolViolationException($"the peer opened channel {id}, which is not from its half of the id space");
        if (MsgPackValue.Decode(payload) is not string service)
            throw new ProtocolViolationException($"open of channel {id} must name a service");
        var channel = new Channel(this, id, service);
        if (!channels.TryAdd(id, channel))
            throw new ProtocolViolationException($"the peer opened channel {id} twice");
        if (Interlocked.Increment(ref peerChannels) > Protocol.MaxPeerChannels)
            throw new ProtocolViolationException($"the peer opened more than {Protocol.MaxPeerChannels} channels that are still open");
        ChannelOpened?.Invoke(channel);
    }

    /// <summary>Drops a channel both sides have closed.</summary>
    public void Forget(uint id)
    {
        if (channels.TryRemove(id, out _) && id % 2 == (parentSide ? 0u : 1u))
            Interlocked.Decrement(ref peerChannels);
    }

    /// <summary>
    /// Counts a message a channel keeps until someone receives it. Messages are not flow-controlled, so what a peer
    /// may leave unread is bounded here; past the bound the peer is broken or hostile, and the connection ends.
    /// </summary>
    /// <exception cref="ProtocolViolationException">More than <see cref="Protocol.MaxQueuedMessageBytes"/> would be queued.</exception>
    public void Queue(int bytes)
    {
        if (Interlocked.Add(ref queuedMessageBytes, bytes) > Protocol.MaxQueuedMessageBytes)
            throw new ProtocolViolationException($"the peer sent more than {Protocol.MaxQueuedMessageBytes} bytes of messages nobody has read");
    }

    /// <summary>A queued message was received.</summary>
    public void Unqueue(int bytes) => Interlocked.Add(ref queuedMessageBytes, -bytes);

    /// <summary>Marks the connection dead and fails every channel with <paramref name="reason"/>.</summary>
    public void Fail(Exception reason)
    {
        Interlocked.CompareExchange(ref failure, reason, null);
        foreach (var channel in channels.Values)
            channel.Fail(Failure!);
    }

    private void ThrowIfFailed()
    {
        if (Failure is { } reason)
            throw new GatewayClosedException(reason.Message, reason);
    }
}
