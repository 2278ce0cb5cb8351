using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// Runs a backend: a backend program's whole <c>Main</c> is <c>return BackendHost.Run(new MyBackend());</c>.
/// </summary>
public static class BackendHost
{
    /// <summary>Serves <paramref name="backend"/> on stdin/stdout until goodbye or end of input; returns the exit code.</summary>
    public static int Run(IVcsBackend backend)
    {
        var staging = CreateStagingRoot();
        try
        {
            return CreateChildHost(backend, staging).Run();
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>
    /// The child host for <paramref name="backend"/>, staging transaction content under <paramref name="stagingRoot"/>.
    /// Used directly for in-process mode.
    /// </summary>
    public static ChildHost CreateChildHost(IVcsBackend backend, string stagingRoot)
    {
        var info = backend.Describe();
        // A backend registered under another name (an out-of-tree copy, say) announces that name, so the harness and
        // every message use the one the user chose.
        if (Environment.GetEnvironmentVariable(BackendHello.NameVariable) is { Length: > 0 } registered)
            info = info with { Name = registered };
        var server = new RepositoryCommands(backend, info, stagingRoot).Register(new CommandServer { Cleared = backend.Reset });
        return new ChildHost($"anyvc-{info.Name}", server, BackendHello.ToProperties(info));
    }

    /// <summary>A new private directory for staged transaction content.</summary>
    public static string CreateStagingRoot() => Directory.CreateTempSubdirectory($"anyvc-staging-{Environment.ProcessId}-").FullName;

    /// <summary>Removes a staging root, ignoring files still in use.</summary>
    public static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
