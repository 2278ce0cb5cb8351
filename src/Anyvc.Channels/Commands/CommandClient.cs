using System.Collections.Concurrent;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>
/// The parent's side of the command pattern over one channel. <see cref="Post{TArgs, TResult}"/> sends and returns at
/// once (the caller picked the result id with <see cref="NewObjectId"/>); <see cref="Call{TArgs, TResult}"/> waits for
/// the reply, which the waiting thread reads from the pipe itself, and decodes it with the command's result codec.
/// </summary>
public sealed partial class CommandClient : IChannelReceiver, IDisposable
{
    private readonly Gateway gateway;
    private readonly Channel channel;
    private readonly ConcurrentDictionary<long, PendingCall> pending = new();
    private long nextCallId;
    private long nextObjectId;

    /// <summary>Opens a command channel on <paramref name="gateway"/>.</summary>
    public CommandClient(Gateway gateway)
    {
        this.gateway = gateway;
        CallTimeout = gateway.Options.CallTimeout;
        channel = gateway.OpenChannel(Protocol.CommandService);
        channel.SetReceiver(this);
    }

    /// <summary>What the child said in its hello: version, pid, program and properties.</summary>
    public Hello Peer => gateway.PeerHello;

    /// <summary>False once the child died or the gateway was closed.</summary>
    public bool IsConnected => gateway.IsAlive;

    /// <summary>The base deadline of a call (see <see cref="TimeoutClass"/>); the child is killed when a call outlives it.</summary>
    public TimeSpan CallTimeout { get; set; }

    /// <summary>The deadline of a call of <paramref name="timeout"/>'s class.</summary>
    public TimeSpan TimeoutFor(TimeoutClass timeout) => timeout switch
    {
        TimeoutClass.Quick => CallTimeout < TimeSpan.FromSeconds(10) ? CallTimeout : TimeSpan.FromSeconds(10),
        TimeoutClass.Long => CallTimeout * 4,
        _ => CallTimeout,
    };

    /// <summary>A new id for an object the next command creates (client-chosen, never reused).</summary>
    public long NewObjectId() => Interlocked.Increment(ref nextObjectId);

    /// <summary>Sends a posted command without waiting; errors poison <paramref name="result"/> or fail the next call.</summary>
    /// <exception cref="ArgumentException"><paramref name="command"/> is not a posted command.</exception>
    public void Post<TArgs, TResult>(Command<TArgs, TResult> command, long target, long result, TArgs arguments)
    {
        if (command.Mode != CommandMode.Posted)
            throw new ArgumentException($"'{command.Name}' is called, not posted: use Call", nameof(command));
        Send(command, 0, target, result, arguments, flush: false);
    }

    /// <summary>Sends a command and waits for its reply.</summary>
    /// <exception cref="RemoteException">The command failed in the child.</exception>
    /// <exception cref="GatewayClosedException">The child died; the message names it and this command.</exception>
    /// <exception cref="CallTimeoutException">No reply within the command's deadline; the child was killed.</exception>
    /// <exception cref="ProtocolViolationException">The reply does not fit the command's result codec.</exception>
    public TResult Call<TArgs, TResult>(Command<TArgs, TResult> command, long target, TArgs arguments)
    {
        if (command.Mode != CommandMode.Call)
            throw new ArgumentException($"'{command.Name}' is posted, not called: use Post", nameof(command));
        var id = Interlocked.Increment(ref nextCallId);
        var call = new PendingCall();
        pending[id] = call;
        Send(command, id, target, 0, arguments, flush: true);
        var timeout = TimeoutFor(command.Timeout);
        if (!gateway.ReadUntil(() => call.Done, timeout))
        {
            pending.TryRemove(id, out _);
            gateway.Kill($"call '{command.Name}' got no reply within {timeout.TotalSeconds:0.###} s");
            throw new CallTimeoutException($"{gateway} did not answer '{command.Name}' within {timeout.TotalSeconds:0.###} s; the child was killed");
        }
        if (!call.Done)
        {
            // The connection failed and this call's reply never came (its failure may not be filled in yet).
            pending.TryRemove(id, out _);
            throw InFlight(gateway.Failure ?? new GatewayClosedException($"{gateway} closed"), command.Name);
        }
        if (call.Failure is { } failure)
            throw InFlight(failure, command.Name);
        if (call.Error is { } error)
            throw new RemoteException(error, $"{gateway.DisplayName}: '{command.Name}' failed");
        return Decode(command, call.Reply!);
    }

    /// <summary>Opens a data channel for a command to claim; blocking reads and writes wait up to <see cref="CallTimeout"/>.</summary>
    public Channel OpenDataChannel()
    {
        var data = gateway.OpenChannel(Protocol.DataService);
        data.Timeout = CallTimeout;
        return data;
    }

    /// <summary>Closes the command channel.</summary>
    public void Dispose() => channel.Close();

    private void Send<TArgs, TResult>(Command<TArgs, TResult> command, long callId, long target, long result, TArgs arguments, bool flush)
    {
        try
        {
            channel.SendMessage((callId, command, target, result, arguments), static (ref MessagePackWriter writer, (long CallId, Command<TArgs, TResult> Command, long Target, long Result, TArgs Arguments) envelope) =>
            {
                writer.WriteArrayHeader(5);
                writer.Write(envelope.CallId);
                writer.Write(envelope.Command.Name);
                writer.Write(envelope.Target);
                writer.Write(envelope.Result);
                envelope.Command.Arguments.Write(ref writer, envelope.Arguments);
            }, flush);
        }
        catch (FrameTooLargeException e)
        {
            pending.TryRemove(callId, out _);
            throw new FrameTooLargeException($"'{command.Name}' was not sent: {e.Message}");
        }
        catch (ChannelException e)
        {
            pending.TryRemove(callId, out _);
            throw InFlight(e, command.Name);
        }
    }

    private TResult Decode<TArgs, TResult>(Command<TArgs, TResult> command, byte[] reply)
    {
        try
        {
            var reader = new MessagePackReader(reply);
            var value = command.Result.Read(ref reader);
            if (!reader.End)
                throw new WireFormatException("result", "is followed by trailing bytes");
            return value;
        }
        catch (Exception e) when (e is WireFormatException || MsgPackValue.IsDecodeFailure(e))
        {
            throw new ProtocolViolationException($"{gateway}: the reply to '{command.Name}' does not fit its result ({command.ResultShape}): {e.Message}", e);
        }
    }

    private static Exception InFlight(Exception failure, string command)
    {
        var message = $"{failure.Message}{Environment.NewLine}command in flight: '{command}'";
        return failure is ProtocolViolationException
            ? new ProtocolViolationException(message, failure)
            : new GatewayClosedException(message, failure);
    }
}
