using Anyvc.Channels;

namespace Anyvc.Harness.Tests;

/// <summary>A backend child a test started itself, with the connection over it; disposing ends the child.</summary>
internal sealed class StartedBackend(Gateway gateway) : IDisposable
{
    private BackendConnection? connection;

    public Gateway Gateway { get; } = gateway;

    /// <summary>The command client under <see cref="Connection"/>: its call timeout may be changed between calls.</summary>
    public Channels.Commands.CommandClient Commands { get; } = new(gateway);

    public BackendConnection Connection => connection ??= new BackendConnection(Commands);

    public BackendInfo Info => Connection.Info;

    public Repository CreateRepository(string directory) => Connection.CreateRepository(directory);

    public Repository OpenRepository(string directory) => Connection.OpenRepository(directory);

    public void Dispose()
    {
        Connection.Dispose();
        Gateway.Dispose();
    }
}
