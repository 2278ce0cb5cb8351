namespace Anyvc.Channels.Commands;

/// <summary>One command being run: its target, its prospective result id, and access to the object table and channels.</summary>
public sealed class CommandContext
{
    private readonly CommandServer server;

    internal CommandContext(CommandServer server, string command, long targetId, long resultId)
    {
        this.server = server;
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

    /// <summary>The target object; raises the original error if its creation failed, bad-argument if it is another kind.</summary>
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

    /// <summary>The data channel <paramref name="id"/>, which the client opened for this command; only one command may claim it.</summary>
    public Channel ClaimChannel(long id)
    {
        var channel = server.FindChannel(id) ?? throw new CommandException(CommandException.BadArgument, $"command '{Command}' names channel {id}, which is not open");
        return channel.TryClaim() ? channel : throw new CommandException(CommandException.BadArgument, $"command '{Command}' names channel {id}, which another command already uses");
    }

    /// <summary>Opens a channel from the child's half of the id space (even ids).</summary>
    public Channel OpenChannel(string service) => server.OpenChannel(service);
}
