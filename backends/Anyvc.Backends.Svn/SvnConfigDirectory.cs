namespace Anyvc.Backends.Svn;

/// <summary>
/// svn's whole configuration: a directory of this process's own, passed as <c>--config-dir</c> to every call, so a
/// user's <c>~/.subversion</c> (auto-props, global-ignores, password stores, diff-cmd) changes nothing. The files
/// say what we rely on explicitly rather than trusting svn's defaults.
/// </summary>
internal static class SvnConfigDirectory
{
    /// <summary>Creates the directory with its two files; it is removed when the process exits.</summary>
    public static string Prepare()
    {
        var directory = Directory.CreateTempSubdirectory("anyvc-svn-config-").FullName;
        File.WriteAllText(Path.Combine(directory, "config"), "[miscellany]\nenable-auto-props = no\n[auth]\npassword-stores =\n");
        File.WriteAllText(Path.Combine(directory, "servers"), "[global]\nstore-passwords = no\n");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        return directory;
    }
}
