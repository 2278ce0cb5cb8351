namespace Anyvc.Backends.Svn;

/// <summary>Finds programs on PATH without starting them, so a missing tool is reported, not hit.</summary>
internal static class ToolSearch
{
    /// <summary>The programs of <paramref name="names"/> that are not on PATH.</summary>
    public static IReadOnlyList<string> Missing(params IEnumerable<string> names)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.Where(name => !directories.Any(d => IsProgram(Path.Combine(d, name)))).ToList();
    }

    private static bool IsProgram(string path)
    {
        if (OperatingSystem.IsWindows())
            return File.Exists(path + ".exe");
        return File.Exists(path) && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
