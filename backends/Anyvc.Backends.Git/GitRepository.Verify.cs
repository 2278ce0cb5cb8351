using Anyvc.Channels.Processes;

namespace Anyvc.Backends.Git;

/// <summary>Verifying: libgit2 has no fsck, so git's own runs, with no configuration but ours (none).</summary>
internal sealed partial class GitRepository
{
    private static readonly IReadOnlyDictionary<string, string?> FsckEnvironment = new Dictionary<string, string?>
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_DIR"] = null,
        ["GIT_WORK_TREE"] = null,
        ["GIT_OBJECT_DIRECTORY"] = null,
        ["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = null,
        ["LC_ALL"] = "C",
    };

    public void Verify()
    {
        var directory = repository.Info.Path;
        ToolResult result;
        try
        {
            result = ToolRunner.Run(new ToolCommand("git", ["--git-dir", directory, "fsck", "--strict", "--no-progress", "--no-dangling"])
            {
                Environment = FsckEnvironment,
            });
        }
        catch (ToolException e)
        {
            throw new FeatureNotSupportedException($"cannot verify {directory}: {e.Message} (git fsck needs the git program: apt-get install git)", e);
        }
        if (result.ExitCode != 0)
            throw new AnyvcException($"git fsck finds {directory} damaged (exit code {result.ExitCode}): {ToolResult.Tail((result.OutputText + result.Error).Trim())}");
    }
}
