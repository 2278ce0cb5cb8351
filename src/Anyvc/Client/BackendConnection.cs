using Anyvc.Channels;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// A connection to one backend through a gateway: the entry point of the uniform API. Every call it and its
/// proxies make goes through the channel; calls that create objects use client-chosen ids and return at once.
/// </summary>
public sealed class BackendConnection : IDisposable
{
    private readonly CommandClient client;
    private readonly bool ownsGateway;

    /// <summary>Wraps a started gateway whose child announced a backend in its hello.</summary>
    /// <param name="gateway">The gateway to the backend child.</param>
    /// <param name="ownsGateway">When true, disposing the connection also ends the child.</param>
    public BackendConnection(Gateway gateway, bool ownsGateway = false)
    {
        Gateway = gateway;
        this.ownsGateway = ownsGateway;
        Info = BackendInfo.FromProperties(gateway.PeerHello.Properties);
        client = new CommandClient(gateway);
    }

    /// <summary>The backend's name, tool, version and features.</summary>
    public BackendInfo Info { get; }

    /// <summary>The gateway to the backend's process.</summary>
    public Gateway Gateway { get; }

    /// <summary>Creates a repository in <paramref name="directory"/> (which must not hold one). Returns at once.</summary>
    public Repository CreateRepository(string directory) => NewRepository(Commands.CreateRepository, directory);

    /// <summary>Opens the repository in <paramref name="directory"/>. Returns at once; a missing one raises on first use.</summary>
    public Repository OpenRepository(string directory) => NewRepository(Commands.OpenRepository, directory);

    /// <summary>Drops every object the backend holds for this connection (between tests that reuse a child).</summary>
    public void Reset() => Call(CommandServer.Reset, 0);

    /// <summary>A round trip that does nothing: for latency measurements and liveness checks.</summary>
    public void Ping() => Call(CommandServer.NoOp, 0);

    /// <summary>Closes the command channel, and ends the child when the connection owns the gateway.</summary>
    public void Dispose()
    {
        client.Dispose();
        if (ownsGateway)
            Gateway.Dispose();
    }

    private Repository NewRepository(string command, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var id = client.NewObjectId();
        Post(command, 0, id, Path.GetFullPath(directory));
        return new Repository(this, id, Path.GetFullPath(directory));
    }

    internal long NewObjectId() => client.NewObjectId();

    internal void Post(string command, long target, long result, params object?[] args)
    {
        try
        {
            client.Post(command, target, result, args);
        }
        catch (Exception e) when (e is GatewayClosedException or ProtocolViolationException)
        {
            throw ErrorTranslation.Translate(e, Info.Name);
        }
    }

    internal object? Call(string command, long target, params object?[] args)
    {
        try
        {
            return client.Call(command, target, args);
        }
        catch (Exception e) when (e is RemoteException or GatewayClosedException or ProtocolViolationException or CallTimeoutException)
        {
            throw ErrorTranslation.Translate(e, Info.Name);
        }
    }

    internal Channel OpenDataChannel() => client.OpenDataChannel();

    internal Exception Translate(Exception e) => ErrorTranslation.Translate(e, Info.Name);
}
