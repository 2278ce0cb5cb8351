namespace Anyvc.Channels.Processes;

/// <summary>Finds programs on PATH without starting them, so a missing tool is reported before it is hit.</summary>
public static class ProgramSearch
{
    /// <summary>The full path of the executable <paramref name="name"/> on PATH (or <paramref name="name"/> itself when it is a path), or null.</summary>
    public static string? Find(string name)
    {
        if (name.Contains('/'))
            return IsProgram(name) ? Path.GetFullPath(name) : null;
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (IsProgram(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>The programs of <paramref name="names"/> that are not on PATH.</summary>
    public static IReadOnlyList<string> Missing(params IEnumerable<string> names) => names.Where(name => Find(name) is null).ToList();

    private static bool IsProgram(string path)
    {
        if (!File.Exists(path))
            return false;
        return OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
