using Anyvc.Channels;

namespace Anyvc.Harness.Tests;

/// <summary>A backend child a test started itself, with the connection over it; disposing ends the child.</summary>
internal sealed class StartedBackend(Gateway gateway) : IDisposable
{
    public Gateway Gateway { get; } = gateway;

    public BackendConnection Connection { get; } = new(new Channels.Commands.CommandClient(gateway));

    public BackendInfo Info => Connection.Info;

    public Repository CreateRepository(string directory) => Connection.CreateRepository(directory);

    public Repository OpenRepository(string directory) => Connection.OpenRepository(directory);

    public void Dispose()
    {
        Connection.Dispose();
        Gateway.Dispose();
    }
}
