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
        var command = new List<string>(wrapper) { Anyvc.Channels.Gateway.DotnetHost(), "exec", program };
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
}
