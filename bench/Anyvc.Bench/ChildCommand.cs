using System.Diagnostics;

namespace Anyvc.Bench;

/// <summary>
/// Builds the command line of a .NET child the way <c>Gateway.Start</c> does (wrapper, then <c>dotnet exec
/// program.dll</c>), so the raw reference child is started exactly like a gateway's child.
/// </summary>
internal static class ChildCommand
{
    public static ProcessStartInfo StartInfo(IReadOnlyList<string> wrapper, string program, params string[] arguments)
    {
        var command = new List<string>(wrapper) { DotnetHost(), "exec", program };
        command.AddRange(arguments);
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
            info.ArgumentList.Add(argument);
        return info;
    }

    /// <summary>The dotnet host running this process (the same rule as the gateway's).</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
            return hostPath;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
            return self;
        return "dotnet";
    }
}
