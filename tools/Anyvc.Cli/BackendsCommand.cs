using Anyvc.Channels.Errors;
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
                catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or AnyvcException or ChannelException)
                {
                    Console.WriteLine($"{backend.Name,-8} ({backend.Origin}) cannot start: {e.Message}");
                    continue;
                }
                var state = info.IsAvailable ? "available" : $"UNAVAILABLE: {info.UnavailableReason}";
                Console.WriteLine($"{info.Name,-8} {info.Tool} {info.ToolVersion} ({backend.Origin}); features: {info.Features}; {state}");
                foreach (var (feature, reason) in info.Limits)
                    Console.WriteLine($"{"",-8}   lacks {feature}: {reason}");
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
