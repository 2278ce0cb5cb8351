using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>
/// libgit2 ignores GIT_CONFIG_NOSYSTEM and GIT_CONFIG_GLOBAL, and its search paths are process-global: set them
/// here, once per child, so only the harness's own config (in the hermetic HOME) can take effect.
/// </summary>
internal static class HermeticConfig
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? Path.GetTempPath();
        var global = Environment.GetEnvironmentVariable("GIT_CONFIG_GLOBAL") is { Length: > 0 } file
            ? Path.GetDirectoryName(file)!
            : home;
        var nowhere = Directory.CreateTempSubdirectory("anyvc-git-noconfig-").FullName;
        GlobalSettings.SetConfigSearchPaths(ConfigurationLevel.Global, global);
        GlobalSettings.SetConfigSearchPaths(ConfigurationLevel.Xdg, nowhere);
        GlobalSettings.SetConfigSearchPaths(ConfigurationLevel.System, nowhere);
        GlobalSettings.SetConfigSearchPaths(ConfigurationLevel.ProgramData, nowhere);
        return true;
    });

    public static void Apply() => _ = Applied.Value;
}
