using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using MessagePack;

namespace Anyvc.Channels;

/// <summary>The sending half of a channel: messages, credit-limited stream data, close, and pumping a stream.</summary>
public sealed partial class Channel
{
    private long sendCredit = Protocol.InitialWindow;
    private bool localClosed;
    private Stream? pumpSource;

    /// <summary>Sends one message and flushes it to the pipe.</summary>
    public void Send(object? value) => connection.SendValue(FrameKind.Message, Id, value, flush: true);

    /// <summary>Queues one message without flushing: it leaves with the next flush (the gateway flushes soon after).</summary>
    public void Post(object? value) => connection.SendValue(FrameKind.Message, Id, value, flush: false);

    /// <summary>Sends one message that <paramref name="body"/> encodes straight into the frame, flushed or not.</summary>
    internal void SendMessage<TState>(TState state, MessageBody<TState> body, bool flush) =>
        connection.SendMessage(FrameKind.Message, Id, state, body, flush);

    /// <summary>Queues one message that <paramref name="body"/> encodes, without flushing.</summary>
    internal void PostMessage<TState>(TState state, MessageBody<TState> body) => SendMessage(state, body, flush: false);

    /// <summary>Sends stream bytes in chunks, waiting for credit when the peer's window is full.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int chunk;
            lock (gate)
            {
                if (localClosed)
                    throw new InvalidOperationException($"channel {Id} ({Service}) is closed for writing");
                WaitFor(() => sendCredit > 0 || remoteClosed, "credit to send");
                if (remoteClosed)
                    throw remoteError is { } error
                        ? new RemoteException(error, $"channel {Id} ({Service}) was closed by the peer")
                        : new ChannelClosedException($"channel {Id} ({Service}) was closed by the reader before all data was sent");
                chunk = (int)Math.Min(Math.Min(data.Length, Protocol.ChunkSize), sendCredit);
                sendCredit -= chunk;
            }
            connection.SendFrame(FrameKind.Data, Id, data[..chunk], flush: false);
            data = data[chunk..];
        }
        connection.Flush();
    }

    /// <summary>Closes this side; the peer reads the end of the stream. Closing twice does nothing.</summary>
    public void Close() => CloseWith(null);

    /// <summary>Closes this side with an error the peer will raise.</summary>
    public void Close(RemoteErrorData error) => CloseWith(error);

    private void CloseWith(RemoteErrorData? error)
    {
        bool forget;
        lock (gate)
        {
            if (localClosed)
                return;
            localClosed = true;
            forget = remoteClosed;
            inbox.Clear();
            bufferedBytes = 0;
            currentChunk = default;
        }
        try
        {
            if (error is null)
                connection.SendFrame(FrameKind.Close, Id, default, flush: true);
            else
                connection.SendMessage(FrameKind.CloseWithError, Id, error, static (ref MessagePackWriter writer, RemoteErrorData data) => data.Write(ref writer), flush: true);
        }
        catch (GatewayClosedException)
        {
            // The peer is gone, and the channel with it: closing is done. Callers close in Dispose and finally blocks.
        }
        if (forget || connection.Failure is not null)
            connection.Forget(Id);
    }

    /// <summary>
    /// Sends all of <paramref name="source"/> as stream data without blocking the caller's loop: as much as the
    /// credit allows now, the rest as credit arrives; then closes (with an error if reading fails) and disposes it.
    /// </summary>
    public void SendFrom(Stream source)
    {
        lock (gate)
        {
            if (pumpSource is not null)
                throw new InvalidOperationException($"channel {Id} is already sending a stream");
            pumpSource = source;
        }
        Pump();
    }

    /// <summary>Writes all stream data that arrives into <paramref name="sink"/>; <paramref name="completed"/> runs at the end.</summary>
    public void ReceiveInto(Stream sink, Action<RemoteErrorData?> completed) => SetReceiver(new SinkReceiver(sink, completed));

    private void OnCredit(ReadOnlyMemory<byte> payload)
    {
        var grant = MsgPackValue.Decode(payload) switch
        {
            long n and > 0 and <= Protocol.InitialWindow => n,
            var other => throw new ProtocolViolationException($"invalid credit {other} on channel {Id}"),
        };
        lock (gate)
        {
            sendCredit += grant;
            Monitor.PulseAll(gate);
        }
        Pump();
    }

    private void Pump()
    {
        var buffer = new byte[Protocol.ChunkSize];
        while (true)
        {
            Stream? source;
            int allowed;
            lock (gate)
            {
                source = pumpSource;
                allowed = (int)Math.Min(sendCredit, buffer.Length);
                if (source is null || allowed == 0)
                    return;
            }
            int read;
            try
            {
                read = source.Read(buffer, 0, allowed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                StopPump();
                Close(RemoteErrorData.From(e));
                return;
            }
            if (read == 0)
            {
                StopPump();
                Close();
                return;
            }
            lock (gate)
                sendCredit -= read;
            connection.SendFrame(FrameKind.Data, Id, buffer.AsSpan(0, read), flush: false);
        }
    }

    private void StopPump()
    {
        Stream? source;
        lock (gate)
        {
            source = pumpSource;
            pumpSource = null;
        }
        source?.Dispose();
    }

    private sealed class SinkReceiver(Stream sink, Action<RemoteErrorData?> completed) : IChannelReceiver
    {
        private RemoteErrorData? sinkError;

        public void OnMessage(Channel channel, ReadOnlyMemory<byte> payload) =>
            throw new ProtocolViolationException($"a message arrived on stream channel {channel.Id}");

        public void OnData(Channel channel, ReadOnlySpan<byte> data)
        {
            if (sinkError is not null)
                return;
            try
            {
                sink.Write(data);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                sinkError = RemoteErrorData.From(e);
            }
        }

        public void OnClosed(Channel channel, RemoteErrorData? error)
        {
            sink.Dispose();
            completed(error ?? sinkError);
            if (sinkError is null)
                channel.Close();
            else
                channel.Close(sinkError);
        }

        public void OnFailed(Channel channel, Exception reason)
        {
            sink.Dispose();
            completed(RemoteErrorData.From(reason));
        }
    }
}
