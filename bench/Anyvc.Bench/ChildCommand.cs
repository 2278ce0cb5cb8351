using Anyvc.Channels;
using Anyvc.Channels.Processes;

namespace Anyvc.Bench;

/// <summary>
/// The command line of a .NET child the way <c>Gateway.Start</c> builds it (wrapper, then <c>dotnet exec
/// program.dll</c>), so the raw reference child is started exactly like a gateway's child.
/// </summary>
internal static class ChildCommand
{
    public static ToolCommand For(IReadOnlyList<string> wrapper, string program, params string[] arguments)
    {
        var command = new List<string>(wrapper) { Gateway.DotnetHost(), "exec", program };
        command.AddRange(arguments);
        return new ToolCommand(command[0], command[1..]);
    }
}
