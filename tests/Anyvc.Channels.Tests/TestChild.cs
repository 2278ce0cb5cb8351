using Anyvc.TestSupport;

namespace Anyvc.Channels.Tests;

/// <summary>Starts the test-double child with a behaviour and short timeouts, so no test can hang.</summary>
internal static class TestChild
{
    public static string Program => BuildLayout.ProgramPath("Anyvc.TestChild");

    public static GatewayOptions Options(string behaviour) => new(Program)
    {
        Arguments = [behaviour],
        CallTimeout = TimeSpan.FromSeconds(20),
        StartTimeout = TimeSpan.FromSeconds(20),
        DisplayName = $"test child ({behaviour})",
    };

    public static Gateway Start(string behaviour = "echo") => Gateway.Start(Options(behaviour));

    public static bool Exited(int pid) => ProcessState.HasExited(pid);

    public static bool WaitExited(int pid, TimeSpan within) => ProcessState.WaitExited(pid, within);
}
