using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// A connection to one backend over a command channel: the entry point of the uniform API. Every call it and its
/// proxies make goes through the channel; calls that create objects use client-chosen ids and return at once. Who
/// started the backend (the harness, usually) owns its process; this object owns only its command channel.
/// </summary>
public sealed class BackendConnection : IDisposable
{
    private readonly CommandClient client;

    /// <summary>Wraps a command channel to a child whose hello describes a backend.</summary>
    /// <param name="commands">The command channel; disposing the connection closes it.</param>
    public BackendConnection(CommandClient commands)
    {
        client = commands;
        Info = BackendHello.FromProperties(commands.Peer.Properties);
    }

    /// <summary>The backend's name, tool, version, features, limits and reserved names.</summary>
    public BackendInfo Info { get; }

    /// <summary>Creates a repository in <paramref name="directory"/> (which must not hold one). Returns at once.</summary>
    public Repository CreateRepository(string directory) => NewRepository(RepositoryProtocol.CreateRepository, directory);

    /// <summary>Opens the repository in <paramref name="directory"/>. Returns at once; a missing one raises on first use.</summary>
    public Repository OpenRepository(string directory) => NewRepository(RepositoryProtocol.OpenRepository, directory);

    /// <summary>Drops every object the backend holds for this connection (between tests that reuse a child).</summary>
    public void Reset() => Call(BuiltinCommands.Reset, 0, Unit.Value);

    /// <summary>A round trip that does nothing: for latency measurements and liveness checks.</summary>
    public void Ping() => Call(BuiltinCommands.NoOp, 0, Unit.Value);

    /// <summary>Closes the command channel.</summary>
    public void Dispose() => client.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"{Info.Name} backend";

    private Repository NewRepository(Command<string, Unit> command, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        var id = client.NewObjectId();
        Post(command, 0, id, full);
        return new Repository(this, id, full);
    }

    internal bool IsConnected => client.IsConnected;

    internal long NewObjectId() => client.NewObjectId();

    internal void Post<TArgs, TResult>(Command<TArgs, TResult> command, long target, long result, TArgs arguments)
    {
        try
        {
            client.Post(command, target, result, arguments);
        }
        catch (ChannelException e)
        {
            throw Translate(e);
        }
    }

    internal TResult Call<TArgs, TResult>(Command<TArgs, TResult> command, long target, TArgs arguments)
    {
        try
        {
            return client.Call(command, target, arguments);
        }
        catch (ChannelException e)
        {
            throw Translate(e);
        }
    }

    internal Channels.Channel OpenDataChannel()
    {
        try
        {
            return client.OpenDataChannel();
        }
        catch (ChannelException e)
        {
            throw Translate(e);
        }
    }

    internal AnyvcException Translate(ChannelException error, string? operation = null) => ErrorTranslation.Translate(error, Info.Name, operation);
}
