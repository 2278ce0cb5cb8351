using Anyvc.Channels.Errors;
using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>
/// The child's dispatch loop for the command pattern: <c>[callId, command, targetId, resultId, args]</c>. Objects
/// live in an id → object table under client-chosen ids. A posted command (callId 0) that fails poisons its result
/// id, so the first use of that id, or of anything derived from it, raises the original error; a failed posted
/// command without a result id fails the next call instead (which is then not run; built-ins like
/// <see cref="BuiltinCommands.Reset"/> still run). Arguments are decoded by each command's codec: a payload of the
/// wrong shape is answered with a <c>bad-argument</c> error naming the command and the field.
/// </summary>
public sealed partial class CommandServer : IChannelReceiver
{
    private readonly Dictionary<string, Handler> handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, object> objects = [];
    private readonly Dictionary<long, CommandFailure> poisoned = [];
    private CommandFailure? deferred;
    private Connection? connection;

    /// <summary>Creates a server with the built-in commands.</summary>
    public CommandServer()
    {
        Register(BuiltinCommands.NoOp, static (_, _) => Unit.Value);
        Register(BuiltinCommands.Reset, (_, _) =>
        {
            ClearObjects();
            return Unit.Value;
        });
        Register(BuiltinCommands.Release, (_, ids) =>
        {
            foreach (var id in ids)
                ReleaseObject(id);
            return Unit.Value;
        });
    }

    /// <summary>Objects currently in the table.</summary>
    public int ObjectCount => objects.Count;

    /// <summary>Runs after the table was cleared (a <c>$reset</c>, or the connection's end): drop per-connection state here.</summary>
    public Action? Cleared { get; set; }

    /// <summary>Registers (or replaces) the handler of a command; its return value is the reply to a call.</summary>
    public CommandServer Register<TArgs, TResult>(Command<TArgs, TResult> command, Func<CommandContext, TArgs, TResult> handler)
    {
        handlers[command.Name] = new Handler<TArgs, TResult>(command, handler);
        return this;
    }

    /// <summary>Drops every object and poisoned id.</summary>
    public void ClearObjects()
    {
        foreach (var value in objects.Values)
            (value as IDisposable)?.Dispose();
        objects.Clear();
        poisoned.Clear();
        deferred = null;
        Cleared?.Invoke();
    }

    internal void ReleaseObject(long id)
    {
        if (objects.Remove(id, out var value))
            (value as IDisposable)?.Dispose();
        poisoned.Remove(id);
    }

    internal void Bind(Connection value) => connection = value;

    internal void Attach(Channel channel) => channel.SetReceiver(this);

    internal Channel? FindChannel(long id) => id is > 0 and <= uint.MaxValue ? connection?.Find((uint)id) : null;

    internal Channel OpenChannel(string service) => (connection ?? throw new InvalidOperationException("the server is not serving")).Open(service);

    internal void Store(long id, object value)
    {
        if (!objects.TryAdd(id, value))
            throw new CommandException(CommandException.BadArgument, $"object id {id} is already in use");
        poisoned.Remove(id);
    }

    internal T? TryResolve<T>(long id) where T : class => objects.GetValueOrDefault(id) as T;

    internal T Resolve<T>(long id, string command) where T : class
    {
        if (poisoned.TryGetValue(id, out var original))
            throw new PoisonedIdException(id, original);
        if (!objects.TryGetValue(id, out var value))
            throw new CommandException(CommandException.UnknownId, $"command '{command}' names object {id}, which does not exist");
        return value as T ?? throw new CommandException(CommandException.BadArgument, $"command '{command}' needs a {typeof(T).Name} but object {id} is a {value.GetType().Name}");
    }

    void IChannelReceiver.OnMessage(Channel channel, ReadOnlyMemory<byte> payload)
    {
        var reader = new MessagePackReader(payload);
        var envelope = ReadEnvelope(ref reader);
        if (envelope.CallId != 0 && deferred is { } earlier && !envelope.Command.StartsWith('$'))
        {
            deferred = null;
            var error = earlier.Error with { Message = $"posted command '{earlier.Command}' failed earlier: {earlier.Error.Message}" };
            ReplyError(channel, envelope.CallId, error);
            return;
        }
        try
        {
            if (!handlers.TryGetValue(envelope.Command, out var handler))
            {
                // A command aimed at an id whose creation failed reports that first error, even when it is unknown too.
                if (poisoned.TryGetValue(envelope.Target, out var original))
                    throw new PoisonedIdException(envelope.Target, original);
                throw new CommandException(CommandException.UnknownCommand, $"unknown command '{envelope.Command}'");
            }
            handler.Run(ref reader, new CommandContext(this, envelope.Command, envelope.Target, envelope.Result), envelope.CallId, channel);
        }
        catch (Exception e) when (e is not ProtocolViolationException)
        {
            // A command that failed because its target was never created reports the command that failed first.
            var failure = e is PoisonedIdException poison ? poison.Origin : new CommandFailure(envelope.Command, RemoteErrorData.From(e));
            if (envelope.Result != 0)
                poisoned[envelope.Result] = failure;
            if (envelope.CallId != 0)
                ReplyError(channel, envelope.CallId, failure.Error);
            else if (envelope.Result == 0)
                deferred ??= failure;
        }
    }

    void IChannelReceiver.OnData(Channel channel, ReadOnlySpan<byte> data) =>
        throw new ProtocolViolationException($"stream data arrived on the command channel {channel.Id}");

    void IChannelReceiver.OnClosed(Channel channel, RemoteErrorData? error) => channel.Close();

    void IChannelReceiver.OnFailed(Channel channel, Exception reason) => ClearObjects();
}
