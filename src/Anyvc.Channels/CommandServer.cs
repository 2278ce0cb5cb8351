namespace Anyvc.Channels;

/// <summary>
/// The child's dispatch loop for the command pattern: <c>[callId, command, targetId, resultId, args]</c>. Objects
/// live in an id → object table under client-chosen ids. A posted command (callId 0) that fails poisons its result
/// id, so the first use of that id, or of anything derived from it, raises the original error; a failed posted
/// command without a result id fails the next call instead (which is then not run; built-ins like
/// <see cref="Reset"/> still run).
/// </summary>
public sealed class CommandServer : IChannelReceiver
{
    /// <summary>Built-in command that does nothing and replies nil (latency probe).</summary>
    public const string NoOp = "$noop";

    /// <summary>Built-in command that drops every object, for reusing a child between tests.</summary>
    public const string Reset = "$reset";

    /// <summary>Built-in command that drops the objects whose ids are the arguments.</summary>
    public const string Release = "$release";

    private readonly Dictionary<string, CommandHandler> handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, object> objects = [];
    private readonly Dictionary<long, RemoteErrorData> poisoned = [];
    private (string Command, RemoteErrorData Error)? deferred;
    private Connection? connection;

    /// <summary>Creates a server with the built-in commands.</summary>
    public CommandServer()
    {
        Register(NoOp, _ => null);
        Register(Reset, _ => { ClearObjects(); return null; });
        Register(Release, context =>
        {
            for (var i = 0; i < context.ArgumentCount; i++)
            {
                var id = context.GetInt64(i);
                ReleaseObject(id);
            }
            return null;
        });
    }

    /// <summary>Objects currently in the table.</summary>
    public int ObjectCount => objects.Count;

    /// <summary>Registers (or replaces) the handler of a command.</summary>
    public CommandServer Register(string command, CommandHandler handler)
    {
        handlers[command] = handler;
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
        if (MsgPackValue.Decode(payload) is not object?[] { Length: 5 } message || message[0] is not long callId
            || message[1] is not string command || message[2] is not long target || message[3] is not long result
            || message[4] is not object?[] args)
            throw new ProtocolViolationException("a command must be [callId, command, targetId, resultId, [args]]");
        if (callId != 0 && deferred is { } earlier && !command.StartsWith('$'))
        {
            deferred = null;
            var error = earlier.Error with { Message = $"posted command '{earlier.Command}' failed earlier: {earlier.Error.Message}" };
            channel.Post(new object?[] { callId, false, error.ToWire() });
            return;
        }
        try
        {
            if (!handlers.TryGetValue(command, out var handler))
                throw new CommandException(CommandException.UnknownCommand, $"unknown command '{command}'");
            var value = handler(new CommandContext(this, command, target, result, args));
            if (callId != 0)
                channel.Post(new object?[] { callId, true, value });
        }
        catch (Exception e) when (e is not ProtocolViolationException)
        {
            var error = e is PoisonedIdException poison ? poison.Original : RemoteErrorData.From(e);
            if (result != 0)
                poisoned[result] = error;
            if (callId != 0)
                channel.Post(new object?[] { callId, false, error.ToWire() });
            else if (result == 0)
                deferred ??= (command, error);
        }
    }

    void IChannelReceiver.OnData(Channel channel, ReadOnlySpan<byte> data) =>
        throw new ProtocolViolationException($"stream data arrived on the command channel {channel.Id}");

    void IChannelReceiver.OnClosed(Channel channel, RemoteErrorData? error) => channel.Close();

    void IChannelReceiver.OnFailed(Channel channel, Exception reason) => ClearObjects();
}
