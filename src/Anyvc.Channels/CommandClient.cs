using System.Collections.Concurrent;

namespace Anyvc.Channels;

/// <summary>
/// The parent's side of the command pattern over one channel. <see cref="Post"/> sends and returns at once (the
/// caller picked the result id with <see cref="NewObjectId"/>); <see cref="Call"/> waits for the reply.
/// </summary>
public sealed class CommandClient : IChannelReceiver, IDisposable
{
    private readonly Channel channel;
    private readonly ConcurrentDictionary<long, PendingCall> pending = new();
    private long nextCallId;
    private long nextObjectId;

    /// <summary>Opens a command channel on <paramref name="gateway"/>.</summary>
    public CommandClient(Gateway gateway)
    {
        Gateway = gateway;
        CallTimeout = gateway.Options.CallTimeout;
        channel = gateway.OpenChannel(Protocol.CommandService);
        channel.SetReceiver(this);
    }

    /// <summary>The gateway this client talks through.</summary>
    public Gateway Gateway { get; }

    /// <summary>How long a call waits before the child is killed and the call fails.</summary>
    public TimeSpan CallTimeout { get; set; }

    /// <summary>A new id for an object the next command creates (client-chosen, never reused).</summary>
    public long NewObjectId() => Interlocked.Increment(ref nextObjectId);

    /// <summary>Sends a command without waiting; errors poison <paramref name="result"/> or fail the next call.</summary>
    public void Post(string command, long target, long result, params object?[] args) =>
        Send(() => channel.Post(new object?[] { 0L, command, target, result, args }), command);

    /// <summary>Sends a command and waits for its reply value.</summary>
    /// <exception cref="RemoteException">The command failed in the child.</exception>
    /// <exception cref="GatewayClosedException">The child died; the message names it and this command.</exception>
    /// <exception cref="CallTimeoutException">No reply within <see cref="CallTimeout"/>; the child was killed.</exception>
    public object? Call(string command, long target, params object?[] args)
    {
        var id = Interlocked.Increment(ref nextCallId);
        var call = new PendingCall();
        pending[id] = call;
        Send(() => channel.Send(new object?[] { id, command, target, 0L, args }), command, id);
        if (!Gateway.ReadUntil(() => call.Done, CallTimeout))
        {
            pending.TryRemove(id, out _);
            Gateway.Kill($"call '{command}' got no reply within {CallTimeout.TotalSeconds:0.###} s");
            throw new CallTimeoutException($"{Gateway} did not answer '{command}' within {CallTimeout.TotalSeconds:0.###} s; the child was killed");
        }
        if (!call.Done)
        {
            // The connection failed and this call's reply never came (its failure may not be filled in yet).
            pending.TryRemove(id, out _);
            throw InFlight(Gateway.Failure ?? new GatewayClosedException($"{Gateway} closed"), command);
        }
        if (call.Failure is { } failure)
            throw InFlight(failure, command);
        if (call.Error is { } error)
            throw new RemoteException(error, $"{Gateway.DisplayName}: '{command}' failed");
        return call.Value;
    }

    /// <summary>Opens a data channel for a command to claim; blocking reads and writes use <see cref="CallTimeout"/>.</summary>
    public Channel OpenDataChannel()
    {
        var data = Gateway.OpenChannel(Protocol.DataService);
        data.Timeout = CallTimeout;
        return data;
    }

    /// <summary>Closes the command channel.</summary>
    public void Dispose() => channel.Close();

    private void Send(Action send, string command, long callId = 0)
    {
        try
        {
            send();
        }
        catch (GatewayClosedException e)
        {
            pending.TryRemove(callId, out _);
            throw InFlight(e, command);
        }
    }

    private static Exception InFlight(Exception failure, string command)
    {
        var message = $"{failure.Message}{Environment.NewLine}command in flight: '{command}'";
        return failure is ProtocolViolationException
            ? new ProtocolViolationException(message, failure)
            : new GatewayClosedException(message, failure);
    }

    void IChannelReceiver.OnMessage(Channel source, ReadOnlyMemory<byte> payload)
    {
        if (MsgPackValue.Decode(payload) is not object?[] { Length: 3 } reply || reply[0] is not long callId || reply[1] is not bool ok)
            throw new ProtocolViolationException("a reply must be [callId, ok, value]");
        if (!pending.TryRemove(callId, out var call))
            return; // the call timed out and was abandoned
        if (ok)
            call.Value = reply[2];
        else
            call.Error = RemoteErrorData.FromWire(reply[2]);
        call.Done = true;
    }

    void IChannelReceiver.OnData(Channel source, ReadOnlySpan<byte> data) =>
        throw new ProtocolViolationException($"stream data arrived on command channel {source.Id}");

    void IChannelReceiver.OnClosed(Channel source, RemoteErrorData? error) =>
        FailAll(new GatewayClosedException($"{Gateway} closed the command channel{(error is null ? "" : ": " + error.Message)}"));

    void IChannelReceiver.OnFailed(Channel source, Exception reason) => FailAll(reason);

    private void FailAll(Exception reason)
    {
        foreach (var id in pending.Keys)
        {
            if (pending.TryRemove(id, out var call))
            {
                call.Failure = reason;
                call.Done = true;
            }
        }
    }

    /// <summary>A call waiting for its reply; whoever reads the reply fills it in, then sets <see cref="Done"/>.</summary>
    private sealed class PendingCall
    {
        private volatile bool done;

        public bool Done
        {
            get => done;
            set => done = value;
        }

        public object? Value { get; set; }
        public RemoteErrorData? Error { get; set; }
        public Exception? Failure { get; set; }
    }
}
