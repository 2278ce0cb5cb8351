namespace Anyvc.Backends.Hg.Protocol;

/// <summary>
/// The backend's one long-lived hg command server, shared by every repository (each command names its repository
/// with <c>-R</c>). Calls are serialized. When the server dies the failing call reports it, and the next call
/// starts a fresh server.
/// </summary>
internal sealed class CommandServerClient(string hg, IReadOnlyList<string> serverArguments, IReadOnlyDictionary<string, string?> environment) : IDisposable
{
    private readonly Lock gate = new();
    private CommandServerProcess? server;
    private bool disposed;

    /// <summary>Runs one hg command; its output bytes go to <paramref name="output"/>.</summary>
    /// <exception cref="HgServerDiedException">The server died during the command (the next call restarts it).</exception>
    public CommandResult Run(IReadOnlyList<string> arguments, Stream output)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var current = server ??= Start(arguments);
            try
            {
                return current.RunCommand(arguments, output);
            }
            catch (AnyvcException e) when (e is HgServerDiedException or HgProtocolException)
            {
                // A dead or confused server is never reused: the frame stream cannot be resynchronized.
                server = null;
                current.Dispose();
                throw;
            }
        }
    }

    private CommandServerProcess Start(IReadOnlyList<string> arguments)
    {
        try
        {
            // Outside any repository, so no command can pick one up from the server's working directory.
            return CommandServerProcess.Start(hg, serverArguments, environment, Path.GetTempPath());
        }
        catch (AnyvcException e) when (e is HgServerDiedException or HgProtocolException)
        {
            throw new HgServerDiedException($"could not start the hg command server for 'hg {CommandServerProcess.DescribeCommand(arguments)}': {e.Message}", e);
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            server?.Dispose();
            server = null;
        }
    }
}
