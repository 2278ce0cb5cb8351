namespace Anyvc.Channels;

/// <summary>One command being run: its target, its prospective result id, its arguments, and access to channels.</summary>
public sealed class CommandContext
{
    private readonly CommandServer server;
    private readonly object?[] args;

    internal CommandContext(CommandServer server, string command, long targetId, long resultId, object?[] args)
    {
        this.server = server;
        this.args = args;
        Command = command;
        TargetId = targetId;
        ResultId = resultId;
    }

    /// <summary>The command name.</summary>
    public string Command { get; }

    /// <summary>The id of the object the command acts on, or 0.</summary>
    public long TargetId { get; }

    /// <summary>The id the client chose for the object this command creates, or 0.</summary>
    public long ResultId { get; }

    /// <summary>The number of arguments.</summary>
    public int ArgumentCount => args.Length;

    /// <summary>The target object; raises the original error if its creation failed.</summary>
    public T Target<T>() where T : class => server.Resolve<T>(TargetId, Command);

    /// <summary>The target object, or null when its creation failed or it is gone (for commands that clean up).</summary>
    public T? TryTarget<T>() where T : class => server.TryResolve<T>(TargetId);

    /// <summary>Any object in the table by id.</summary>
    public T Resolve<T>(long id) where T : class => server.Resolve<T>(id, Command);

    /// <summary>Stores <paramref name="value"/> under the client-chosen <see cref="ResultId"/>.</summary>
    public void Bind(object value)
    {
        if (ResultId == 0)
            throw new CommandException(CommandException.BadArgument, $"command '{Command}' creates an object but was sent without a result id");
        server.Store(ResultId, value);
    }

    /// <summary>Drops object <paramref name="id"/> from the table (e.g. a transaction that ended).</summary>
    public void Release(long id) => server.ReleaseObject(id);

    /// <summary>Argument <paramref name="index"/> as the plain value it arrived as.</summary>
    public object? GetValue(int index) => Get<object?>(index, "a value");

    /// <summary>Argument <paramref name="index"/> as a string.</summary>
    public string GetString(int index) => Get<string>(index, "a string");

    /// <summary>Argument <paramref name="index"/> as a string, or null when nil.</summary>
    public string? GetOptionalString(int index) => index < args.Length && args[index] is null ? null : GetString(index);

    /// <summary>Argument <paramref name="index"/> as an integer.</summary>
    public long GetInt64(int index) => Get<long>(index, "an integer");

    /// <summary>Argument <paramref name="index"/> as a boolean.</summary>
    public bool GetBoolean(int index) => Get<bool>(index, "a boolean");

    /// <summary>Argument <paramref name="index"/> as bytes.</summary>
    public byte[] GetBytes(int index) => Get<byte[]>(index, "bytes");

    /// <summary>The channel whose id is argument <paramref name="index"/>: a data channel the client opened for this command.</summary>
    public Channel ClaimChannel(int index)
    {
        var id = GetInt64(index);
        var channel = server.FindChannel(id) ?? throw new CommandException(CommandException.BadArgument, $"command '{Command}' names channel {id}, which is not open");
        return channel.TryClaim() ? channel : throw new CommandException(CommandException.BadArgument, $"command '{Command}' names channel {id}, which another command already uses");
    }

    /// <summary>Opens a channel from the child's half of the id space (even ids).</summary>
    public Channel OpenChannel(string service) => server.OpenChannel(service);

    private T Get<T>(int index, string what)
    {
        if (index >= args.Length)
            throw new CommandException(CommandException.BadArgument, $"command '{Command}' needs argument {index} ({what}) but got {args.Length} arguments");
        return args[index] is T value || (args[index] is null && default(T) is null)
            ? (T)args[index]!
            : throw new CommandException(CommandException.BadArgument, $"command '{Command}' argument {index} must be {what}, not {args[index]?.GetType().Name ?? "nil"}");
    }
}
