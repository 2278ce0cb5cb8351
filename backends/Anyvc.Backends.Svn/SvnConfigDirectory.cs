namespace Anyvc.Backends.Svn;

/// <summary>
/// Where svn's configuration comes from: a directory of Anyvc's own, passed as <c>--config-dir</c> to every call, so a
/// user's <c>~/.subversion</c> (auto-props, global-ignores, password stores, diff-cmd) changes nothing.
/// </summary>
internal static class SvnConfigDirectory
{
    /// <summary>Set by the harness to share one hermetic directory; otherwise a private one under the child's HOME.</summary>
    public const string Variable = "ANYVC_SVN_CONFIG_DIR";

    /// <summary>The directory, created if needed.</summary>
    public static string Prepare()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
            return Directory.CreateDirectory(configured).FullName;
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
            return Directory.CreateTempSubdirectory("anyvc-svn-config-").FullName;
        return Directory.CreateDirectory(Path.Combine(home, ".anyvc", "svn-config")).FullName;
    }
}
