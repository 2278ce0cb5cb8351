using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;

namespace Anyvc.Harness.Tests;

/// <summary>Starts one backend child with an environment a test shapes, and runs VCS command-line tools to inspect results.</summary>
internal static class BackendProcess
{
    public static StartedBackend Start(string backend, ChildEnvironment environment, Action<Dictionary<string, string>>? shape = null)
    {
        var options = BackendCatalog.Named(backend).GatewayOptions(environment);
        var variables = new Dictionary<string, string>(options.Environment!);
        shape?.Invoke(variables);
        return new StartedBackend(Gateway.Start(options with { Environment = variables }));
    }

    /// <summary>A commit whose id depends only on its inputs.</summary>
    public static string FixedCommit(BackendConnection connection, string directory)
    {
        var repo = connection.CreateRepository(directory);
        using var tx = repo.Transaction("fixed", "Fixed Person <fixed@example.invalid>", new DateTimeOffset(2009, 8, 24, 16, 16, 26, TimeSpan.FromHours(2)));
        tx.Root.Join("dir/file.txt").WriteAllText("content\r\nline two\n");
        return tx.Commit().Id;
    }

    /// <summary>Runs a tool with no user configuration; returns its stdout, failing on a non-zero exit.</summary>
    public static string Tool(string directory, string program, params string[] arguments) =>
        ToolRunner.Run(new ToolCommand(program, arguments)
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string?> { ["HGRCPATH"] = "", ["HGPLAIN"] = "1", ["LC_ALL"] = "C.UTF-8" },
        }).EnsureSuccess().OutputText;

    /// <summary>Child processes of <paramref name="parent"/> whose command line contains <paramref name="marker"/>.</summary>
    public static List<int> Children(int parent, string marker)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1]) == parent && File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(marker))
                    found.Add(pid);
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }
        return found;
    }
}
