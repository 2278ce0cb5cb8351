using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.TestSupport;

namespace Anyvc.Harness.Tests;

/// <summary>Runs this build's <c>anyvc</c> in a child process, as a user would.</summary>
internal static class AnyvcCli
{
    public static ToolResult Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ToolRunner.Run(new ToolCommand(Gateway.DotnetHost(), ["exec", BuildLayout.ProgramPath("Anyvc.Cli"), .. arguments])
        {
            Environment = environment,
            Timeout = TimeSpan.FromMinutes(10),
        });
}
