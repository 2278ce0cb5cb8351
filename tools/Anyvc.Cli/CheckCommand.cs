using System.Diagnostics;
using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;

namespace Anyvc.Cli;

/// <summary>
/// The main job: runs the conformance suite over every selected backend (one <c>dotnet test</c>, fixtures in
/// parallel), prints the matrix (rows = tests, columns = backends, each cell with its time; per-backend totals; the
/// slowest cells) and writes it as Markdown, JUnit XML and JSON, to <c>artifacts/check/</c> or the directory
/// <c>--output</c> names. <c>--compare previous.json</c> lists what changed since that run. Other arguments go to
/// <c>dotnet test</c>.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] arguments)
    {
        try
        {
            return RunChecked(arguments);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException)
        {
            Console.Error.WriteLine($"anyvc check: {e.Message}");
            return 2;
        }
    }

    private static int RunChecked(string[] arguments)
    {
        var root = BuildLayout.RepositoryRoot;
        var (outputOption, afterOutput) = ValueOption(arguments, "--output", Path.Combine(root, "artifacts", "check"));
        var (previous, extraArguments) = ValueOption(afterOutput, "--compare", null);
        var output = outputOption!;
        if (previous is not null && !File.Exists(previous))
            throw new ArgumentException($"--compare {previous}: no such file; give the matrix.json of an earlier run");
        var results = Path.Combine(output, "results");
        if (Directory.Exists(results))
            Directory.Delete(results, recursive: true);
        Directory.CreateDirectory(results);
        var log = Path.Combine(output, "dotnet-test.log");
        var clock = Stopwatch.StartNew();
        var exitCode = RunSuite(root, results, log, extraArguments);
        var outcomes = TrxResults.ReadDirectory(results);
        if (outcomes.Count == 0)
        {
            Console.Error.WriteLine($"anyvc check: the conformance suite produced no results (dotnet test exited {exitCode}); see {log}");
            return 1;
        }
        var matrix = new ConformanceMatrix(outcomes, BackendCatalog.Known.Select(b => b.Name).ToList());
        Console.Write(matrix.ToText());
        Console.WriteLine($"{matrix.Summary} in {clock.Elapsed.TotalSeconds:0.0} s");
        File.WriteAllText(Path.Combine(output, "matrix.md"), matrix.ToMarkdown());
        File.WriteAllText(Path.Combine(output, "junit.xml"), matrix.ToJUnit());
        var json = Path.Combine(output, "matrix.json");
        // read before writing: --compare may name the previous matrix.json of this very output directory
        var previousCells = previous is null ? null : MatrixJson.Read(previous);
        File.WriteAllText(json, MatrixJson.Write(matrix));
        if (previousCells is not null)
        {
            var comparison = MatrixComparison.Compare(previousCells, MatrixJson.Read(json), previous!);
            foreach (var line in comparison)
                Console.WriteLine(line);
            File.AppendAllText(Path.Combine(output, "matrix.md"), $"\n## Changes\n\n```\n{string.Join('\n', comparison)}\n```\n");
        }
        Console.WriteLine($"reports: {Path.Combine(output, "matrix.md")}, {Path.Combine(output, "junit.xml")}, {json}; test log: {log}");
        return matrix.Failed == 0 ? 0 : 1;
    }

    private static (string? Value, string[] Others) ValueOption(string[] arguments, string option, string? fallback)
    {
        var at = Array.IndexOf(arguments, option);
        if (at < 0)
            return (fallback, arguments);
        if (at + 1 >= arguments.Length)
            throw new ArgumentException($"{option} needs a path");
        return (Path.GetFullPath(arguments[at + 1]), [.. arguments[..at], .. arguments[(at + 2)..]]);
    }

    private static int RunSuite(string root, string results, string log, string[] extraArguments)
    {
        var configuration = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var result = ToolRunner.Run(new ToolCommand(Gateway.DotnetHost(),
            ["test", Path.Combine("tests", "Anyvc.Conformance", "Anyvc.Conformance.csproj"), "-c", configuration,
             "--no-build", "-nologo", "--logger", "trx", "--results-directory", results, "--blame-hang-timeout", "5m", .. extraArguments])
        {
            WorkingDirectory = root,
            Timeout = TimeSpan.FromHours(1),
        });
        File.WriteAllText(log, result.OutputText + result.Error);
        return result.ExitCode;
    }
}
