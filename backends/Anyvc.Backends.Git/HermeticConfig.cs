using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>
/// The backend needs no git configuration at all (commits are written as raw objects with the identity the caller
/// gave), so every level libgit2 would read points at an empty directory of this process's own: no ~/.gitconfig,
/// XDG or system file can change what it writes. libgit2's search paths are process-global, so this runs once.
/// </summary>
internal static class HermeticConfig
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        var nowhere = Directory.CreateTempSubdirectory("anyvc-git-noconfig-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(nowhere, recursive: true);
        foreach (var level in new[] { ConfigurationLevel.Global, ConfigurationLevel.Xdg, ConfigurationLevel.System, ConfigurationLevel.ProgramData })
            GlobalSettings.SetConfigSearchPaths(level, nowhere);
        return true;
    });

    public static void Apply() => _ = Applied.Value;
}
