using Anyvc.Fixtures;

namespace Anyvc.Cli;

/// <summary>Lists the backends: each child is started once and describes itself in its hello.</summary>
internal static class BackendsCommand
{
    public static int Run()
    {
        try
        {
            foreach (var backend in BackendCatalog.Known)
            {
                BackendInfo info;
                try
                {
                    info = backend.Info;
                }
                catch (Exception e) when (e is FileNotFoundException or AnyvcException or Anyvc.Channels.GatewayClosedException)
                {
                    Console.WriteLine($"{backend.Name,-5} cannot start: {e.Message}");
                    continue;
                }
                var state = info.IsAvailable ? "available" : $"UNAVAILABLE: {info.UnavailableReason}";
                Console.WriteLine($"{info.Name,-5} {info.Tool} {info.ToolVersion}; features: {info.Features}; {state}");
            }
            return 0;
        }
        finally
        {
            ChildPools.DisposeAll();
            RunDirectory.RemoveIfEmpty();
        }
    }
}
