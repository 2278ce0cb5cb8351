using System.Diagnostics;
using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;

namespace Anyvc.Cli;

/// <summary>
/// The main job: runs the conformance suite over every selected backend (one <c>dotnet test</c>, fixtures in
/// parallel), prints the matrix (rows = tests, columns = backends) and writes it as Markdown and JUnit XML, to
/// <c>artifacts/check/</c> or the directory <c>--output</c> names. Other arguments go to <c>dotnet test</c>.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] arguments)
    {
        var root = BuildLayout.RepositoryRoot;
        var (output, extraArguments) = OutputOption(arguments, Path.Combine(root, "artifacts", "check"));
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
        Console.WriteLine($"reports: {Path.Combine(output, "matrix.md")}, {Path.Combine(output, "junit.xml")}; test log: {log}");
        return matrix.Failed == 0 ? 0 : 1;
    }

    private static (string Output, string[] Others) OutputOption(string[] arguments, string fallback)
    {
        var at = Array.IndexOf(arguments, "--output");
        if (at < 0)
            return (fallback, arguments);
        if (at + 1 >= arguments.Length)
            throw new ArgumentException("--output needs a directory");
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
