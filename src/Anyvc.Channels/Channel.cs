using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;

namespace Anyvc.Channels;

/// <summary>
/// One bidirectional lane multiplexed over a gateway's pipe pair: messages (one MessagePack value each) and a
/// flow-controlled byte stream. A channel's receive buffer never holds more than <see cref="Protocol.InitialWindow"/>
/// bytes of stream data: the sender waits for credit, so one slow reader cannot exhaust memory or stall other channels.
/// </summary>
public sealed partial class Channel
{
    private readonly Connection connection;
    private readonly object gate = new();
    private readonly Queue<object?> inbox = new();
    private IChannelReceiver? receiver;
    private ReadOnlyMemory<byte> currentChunk;
    private int bufferedBytes;
    private int consumedSinceCredit;
    private bool remoteClosed;
    private RemoteErrorData? remoteError;
    private Exception? failure;

    internal Channel(Connection connection, uint id, string service)
    {
        this.connection = connection;
        Id = id;
        Service = service;
    }

    /// <summary>The channel id: odd when the parent opened it, even when the child did.</summary>
    public uint Id { get; }

    /// <summary>The service named when the channel was opened.</summary>
    public string Service { get; }

    /// <summary>How long a blocking receive or write waits before the peer is stopped as stuck; infinite by default.</summary>
    public TimeSpan Timeout { get; set; } = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>Stream bytes received but not yet read; never above <see cref="Protocol.InitialWindow"/>.</summary>
    public int BufferedBytes
    {
        get { lock (gate) return bufferedBytes; }
    }

    /// <summary>True once the peer closed its side.</summary>
    public bool IsRemoteClosed
    {
        get { lock (gate) return remoteClosed; }
    }

    /// <summary>Receives the next message, waiting up to <see cref="Timeout"/>.</summary>
    /// <exception cref="EndOfStreamException">The peer closed the channel.</exception>
    /// <exception cref="RemoteException">The peer closed the channel with an error.</exception>
    public object? Receive()
    {
        lock (gate)
        {
            WaitFor(() => inbox.Count > 0 || remoteClosed, "a message");
            if (inbox.Count == 0)
                throw ClosedError();
            if (inbox.Peek() is byte[])
                throw new InvalidOperationException($"channel {Id} has stream data next; read it with Read()");
            var message = (Message)inbox.Dequeue()!;
            connection.Unqueue(message.Size);
            return message.Value;
        }
    }

    /// <summary>Reads stream bytes, waiting up to <see cref="Timeout"/> for the first; 0 when the peer closed.</summary>
    /// <exception cref="RemoteException">The peer closed the channel with an error.</exception>
    public int Read(Span<byte> destination)
    {
        if (destination.IsEmpty)
            return 0;
        int copied;
        lock (gate)
        {
            if (currentChunk.IsEmpty)
            {
                WaitFor(() => inbox.Count > 0 || remoteClosed, "stream data");
                if (inbox.Count == 0)
                {
                    if (remoteError is not null)
                        throw ClosedError();
                    return 0;
                }
                if (inbox.Peek() is not byte[] chunk)
                    throw new InvalidOperationException($"channel {Id} has a message next; take it with Receive()");
                inbox.Dequeue();
                currentChunk = chunk;
            }
            copied = Math.Min(destination.Length, currentChunk.Length);
            currentChunk.Span[..copied].CopyTo(destination);
            currentChunk = currentChunk[copied..];
            bufferedBytes -= copied;
        }
        GrantCredit(copied);
        return copied;
    }

    /// <summary>A stream over this channel: reads consume stream data, writes send it, dispose closes.</summary>
    public Stream AsStream() => new ChannelStream(this);

    internal void SetReceiver(IChannelReceiver value)
    {
        lock (gate)
        {
            receiver = value;
            while (inbox.TryDequeue(out var item))
            {
                if (item is byte[] chunk)
                {
                    bufferedBytes -= chunk.Length;
                    value.OnData(this, chunk);
                    GrantCredit(chunk.Length);
                }
                else
                {
                    var message = (Message)item!;
                    connection.Unqueue(message.Size);
                    value.OnMessage(this, MsgPackValue.Encode(message.Value));
                }
            }
            if (failure is not null)
                value.OnFailed(this, failure);
            else if (remoteClosed)
                value.OnClosed(this, remoteError);
        }
    }

    internal void OnFrame(FrameKind kind, ReadOnlyMemory<byte> payload)
    {
        switch (kind)
        {
            case FrameKind.Message: OnMessage(payload); break;
            case FrameKind.Data: OnData(payload); break;
            case FrameKind.Credit: OnCredit(payload); break;
            case FrameKind.Close: OnClose(null); break;
            case FrameKind.CloseWithError: OnClose(RemoteErrorData.Read(payload)); break;
            default: throw new ProtocolViolationException($"{kind} frame on channel {Id}");
        }
    }

    private void OnMessage(ReadOnlyMemory<byte> payload)
    {
        if (receiver is { } direct)
        {
            direct.OnMessage(this, payload);
            return;
        }
        connection.Queue(payload.Length);
        var value = MsgPackValue.Decode(payload);
        lock (gate)
        {
            inbox.Enqueue(new Message(value, payload.Length));
            Monitor.PulseAll(gate);
        }
    }

    private void OnData(ReadOnlyMemory<byte> payload)
    {
        if (receiver is { } direct)
        {
            if (!remoteClosed)
                direct.OnData(this, payload.Span);
            GrantCredit(payload.Length);
            return;
        }
        lock (gate)
        {
            if (localClosed)
                return; // nobody will read it; the peer stops once it sees our close
            if (bufferedBytes + payload.Length > Protocol.InitialWindow)
                throw new ProtocolViolationException($"the peer overran the window of channel {Id} ({bufferedBytes + payload.Length} bytes buffered)");
            inbox.Enqueue(payload.ToArray());
            bufferedBytes += payload.Length;
            Monitor.PulseAll(gate);
        }
    }

    private void OnClose(RemoteErrorData? error)
    {
        IChannelReceiver? direct;
        bool forget;
        bool wasSending;
        lock (gate)
        {
            remoteClosed = true;
            remoteError = error;
            direct = receiver;
            forget = localClosed;
            wasSending = pumpSource is not null;
            Monitor.PulseAll(gate);
        }
        StopPump();
        direct?.OnClosed(this, error);
        if (wasSending)
            Close(); // the reader left mid-stream: end our side too, so both sides forget the channel
        if (forget)
            connection.Forget(Id);
    }

    /// <summary>Marks the channel as taken by a command; false if one already took it.</summary>
    internal bool TryClaim() => Interlocked.Exchange(ref claimed, 1) == 0;

    private int claimed;

    internal void Fail(Exception reason)
    {
        IChannelReceiver? direct;
        lock (gate)
        {
            failure ??= reason;
            direct = receiver;
            Monitor.PulseAll(gate);
        }
        direct?.OnFailed(this, reason);
    }

    private void GrantCredit(int consumed)
    {
        if (consumed == 0)
            return;
        var grant = 0;
        lock (gate)
        {
            consumedSinceCredit += consumed;
            if (consumedSinceCredit >= Protocol.InitialWindow / 4)
            {
                grant = consumedSinceCredit;
                consumedSinceCredit = 0;
            }
        }
        // Credit leaves at once: a busy child only flushes when its input runs dry, and a sender waiting for
        // credit would otherwise stall until the pipe drained.
        if (grant > 0 && connection.Failure is null && !IsRemoteClosed)
            connection.SendValue(FrameKind.Credit, Id, (uint)grant, flush: true);
    }

    private void WaitFor(Func<bool> condition, string what)
    {
        if (condition())
            return;
        connection.ReaderDemand?.Invoke(true);
        try
        {
            WaitWithDemand(condition, what);
        }
        finally
        {
            connection.ReaderDemand?.Invoke(false);
        }
    }

    private void WaitWithDemand(Func<bool> condition, string what)
    {
        var deadline = Timeout == System.Threading.Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (failure is not null)
                throw new GatewayClosedException(failure.Message, failure);
            var left = deadline == DateTime.MaxValue ? System.Threading.Timeout.Infinite : (int)Math.Max(0, (deadline - DateTime.UtcNow).TotalMilliseconds);
            if (left == 0 || !Monitor.Wait(gate, left) && DateTime.UtcNow >= deadline && !condition())
                throw Stalled(what);
        }
    }

    /// <summary>A peer that moved nothing within the deadline is stuck: its owner kills it, and the waiter hears why.</summary>
    private CallTimeoutException Stalled(string what)
    {
        var reason = $"channel {Id} ({Service}) waited {Timeout.TotalSeconds:0.###} s for {what}";
        connection.Stalled?.Invoke(reason);
        return new CallTimeoutException($"{reason}; the peer was stopped");
    }

    private Exception ClosedError() => remoteError is { } error
        ? new RemoteException(error, $"channel {Id} ({Service}) closed by the peer with an error")
        : new EndOfStreamException($"channel {Id} ({Service}) was closed by the peer");

    private sealed record Message(object? Value, int Size);
}
