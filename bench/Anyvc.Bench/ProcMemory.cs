using System.Globalization;

namespace Anyvc.Bench;

/// <summary>Resident memory and process tree from /proc (Linux only, like the rest of the benchmark).</summary>
internal static class ProcMemory
{
    /// <summary>VmRSS of <paramref name="pid"/> in MiB, or null if it is gone.</summary>
    public static double? RssMiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (IOException)
        {
            // exited meanwhile
        }
        return null;
    }

    /// <summary>Every process below <paramref name="pid"/> (children, grandchildren, ...).</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var candidate) && ParentOf(candidate) is { } parent)
                parents[candidate] = parent;
        }
        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (child, parent) in parents)
            {
                if (parent == current)
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }
        return found;
    }

    /// <summary>The command line of <paramref name="pid"/>, for the log.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
