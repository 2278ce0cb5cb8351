using Anyvc.Channels.Processes;

namespace Anyvc.Conformance;

/// <summary>Runs a real tool (git, patch) on files a test wrote, knowing nothing of the user's configuration or enclosing repositories.</summary>
internal static class ExternalTool
{
    public static ToolResult Run(string directory, string program, params string[] arguments) =>
        ToolRunner.Run(new ToolCommand(program, arguments)
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string?>
            {
                ["HOME"] = directory,
                ["GIT_CONFIG_NOSYSTEM"] = "1",
                ["GIT_CONFIG_GLOBAL"] = "/dev/null",
                // The test directory may lie inside a git work tree (a checkout of this project): git apply would then
                // take paths from that repository's root and skip the ones outside the current directory.
                ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(directory),
            },
        });
}
