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
/// <c>--output</c> names. <c>--compare previous.json</c> lists what changed since that run; <c>--repeat N</c> runs the
/// suite N times and lists every cell whose outcome varied (and fails the run if one did); <c>--shard K/N</c> runs the
/// K-th of N parts, split by the times in <c>--timings</c> (default <c>tests/Anyvc.Conformance/timings.tsv</c>, which
/// every run writes anew into its output). Before the run, every selected backend's expectations file must parse and
/// name tests the suite has; cells it expects to fail show as <c>xfail(reason)</c>, and one that passes as
/// <c>XPASS</c>, which fails the run. Other arguments go to <c>dotnet test</c>.
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
        var (repeatOption, afterRepeat) = ValueOption(extraArguments, "--repeat", null, isPath: false);
        var (shardOption, afterShard) = ValueOption(afterRepeat, "--shard", null, isPath: false);
        var (timings, afterTimings) = ValueOption(afterShard, "--timings", Path.Combine(root, "tests", "Anyvc.Conformance", "timings.tsv"));
        var tests = SuiteUnits.Tests(BuildLayout.ProgramPath("Anyvc.Conformance"));
        var fixtures = tests.Keys.Order(StringComparer.Ordinal).ToList();
        var (suiteArguments, predictedSeconds) = shardOption is null ? (afterTimings, Unsharded(afterTimings, fixtures, timings!)) : Sharded(afterTimings, fixtures, shardOption, timings!);
        var repeats = repeatOption is null ? 1 : int.TryParse(repeatOption, out var n) && n >= 1 ? n
            : throw new ArgumentException($"--repeat {repeatOption}: give how many times to run the suite, 1 or more");
        var problems = ExpectationCheck.Problems(BackendCatalog.Selected, tests);
        if (problems.Count > 0)
            throw new InvalidDataException($"the expectations files are not sound:\n  {string.Join("\n  ", problems)}");
        var log = Path.Combine(output, "dotnet-test.log");
        var clock = Stopwatch.StartNew();
        // read before the run: a bad --compare file fails at once, and --compare may name this output's own matrix.json
        var previousCells = previous is null ? null : MatrixJson.Read(previous);
        var earlierTimes = previousCells ?? PreviousTimes(Path.Combine(output, "matrix.json"));
        var runs = new List<List<TestOutcome>>();
        for (var run = 1; run <= repeats; run++)
        {
            if (repeats > 1)
                Console.WriteLine($"run {run} of {repeats}");
            var results = Path.Combine(output, repeats == 1 ? "results" : $"results-{run}");
            if (Directory.Exists(results))
                Directory.Delete(results, recursive: true);
            Directory.CreateDirectory(results);
            var exitCode = RunSuite(root, results, log, suiteArguments, Path.Combine(output, "progress.tsv"), earlierTimes, predictedSeconds);
            runs.Add(TrxResults.ReadDirectory(results));
            if (runs[^1].Count == 0)
            {
                Console.Error.WriteLine($"anyvc check: the conformance suite produced no results (dotnet test exited {exitCode}); see {log}");
                return 1;
            }
        }
        var outcomes = runs[^1];
        var matrix = new ConformanceMatrix(outcomes, BackendCatalog.Known.Select(b => b.Name).ToList());
        Console.Write(matrix.ToText());
        Console.WriteLine($"{matrix.Summary} in {clock.Elapsed.TotalSeconds:0.0} s");
        File.WriteAllText(Path.Combine(output, "matrix.md"), matrix.ToMarkdown());
        File.WriteAllText(Path.Combine(output, "junit.xml"), matrix.ToJUnit());
        File.WriteAllText(Path.Combine(output, "timings.tsv"), ShardPlan.WriteTimings(matrix));
        var json = Path.Combine(output, "matrix.json");
        File.WriteAllText(json, MatrixJson.Write(matrix));
        if (previousCells is not null)
        {
            var comparison = MatrixComparison.Compare(previousCells, MatrixJson.Read(json), previous!);
            foreach (var line in comparison)
                Console.WriteLine(line);
            File.AppendAllText(Path.Combine(output, "matrix.md"), $"\n## Changes\n\n```\n{string.Join('\n', comparison)}\n```\n");
        }
        var varied = repeats > 1 ? RepeatedRuns.Varied(runs) : [];
        if (repeats > 1)
        {
            foreach (var line in varied.Prepend($"repeat: {varied.Count} cells varied over {repeats} runs (a varying cell is a bug to fix, not to retry)"))
                Console.WriteLine(line);
            File.AppendAllText(Path.Combine(output, "matrix.md"), $"\n## Repeated {repeats} times\n\n{varied.Count} cells varied.\n\n{string.Concat(varied.Select(v => $"- {v}\n"))}");
        }
        Console.WriteLine($"reports: {Path.Combine(output, "matrix.md")}, {Path.Combine(output, "junit.xml")}, {json}; test log: {log}");
        return matrix.Succeeded && varied.Count == 0 ? 0 : 1;
    }

    private static (string? Value, string[] Others) ValueOption(string[] arguments, string option, string? fallback, bool isPath = true)
    {
        var at = Array.IndexOf(arguments, option);
        if (at < 0)
            return (fallback, arguments);
        if (at + 1 >= arguments.Length)
            throw new ArgumentException($"{option} needs a value");
        return (isPath ? Path.GetFullPath(arguments[at + 1]) : arguments[at + 1], [.. arguments[..at], .. arguments[(at + 2)..]]);
    }

    /// <summary><c>anyvc shards N [--timings file]</c>: how <c>--shard K/N</c> would split the selected backends, shard by shard.</summary>
    public static int PrintShards(string[] arguments)
    {
        try
        {
            var (timings, rest) = ValueOption(arguments, "--timings", Path.Combine(BuildLayout.RepositoryRoot, "tests", "Anyvc.Conformance", "timings.tsv"));
            if (rest.Length != 1 || !int.TryParse(rest[0], out var count) || count < 1)
                throw new ArgumentException("usage: anyvc shards N [--timings file]");
            var plan = new ShardPlan(SuiteUnits.Fixtures(BuildLayout.ProgramPath("Anyvc.Conformance")), BackendCatalog.Selected.Select(b => b.Name).ToList(), ShardPlan.ReadTimings(timings!), count);
            foreach (var line in plan.Describe())
                Console.WriteLine(line);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"anyvc: {e.Message}");
            return 2;
        }
    }

    /// <summary>The summed test seconds the timings predict for an unfiltered run, or null when a filter makes the share unknown.</summary>
    private static double? Unsharded(string[] arguments, IReadOnlyList<string> fixtures, string timings)
    {
        if (arguments.Contains("--filter"))
            return null;
        var known = ShardPlan.ReadTimings(timings);
        var units = fixtures.SelectMany(f => BackendCatalog.Selected.Select(b => (f, b.Name))).ToList();
        return units.All(known.ContainsKey) ? units.Sum(u => known[u]) : null;
    }

    /// <summary>The suite's arguments with this shard's filter added to (or as) the <c>--filter</c>, and its predicted seconds; prints the plan.</summary>
    private static (string[] Arguments, double? PredictedSeconds) Sharded(string[] arguments, IReadOnlyList<string> fixtures, string shard, string timings)
    {
        var parts = shard.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count) || count < 1 || index < 1 || index > count)
            throw new ArgumentException($"--shard {shard}: give K/N with 1 <= K <= N, e.g. --shard 2/4");
        var plan = new ShardPlan(fixtures, BackendCatalog.Selected.Select(b => b.Name).ToList(), ShardPlan.ReadTimings(timings), count);
        foreach (var line in plan.Describe())
            Console.WriteLine(line + (line.StartsWith($"shard {index}/", StringComparison.Ordinal) ? "  <- this run" : ""));
        var filter = plan.Filter(index);
        var at = Array.IndexOf(arguments, "--filter");
        return at >= 0 && at + 1 < arguments.Length
            ? ([.. arguments[..(at + 1)], $"({arguments[at + 1]})&({filter})", .. arguments[(at + 2)..]], null)
            : ([.. arguments, "--filter", filter], plan.PredictedSeconds(index));
    }

    /// <summary>The cells of the run to compare with, or else of the last run into this output directory, for totals and estimates.</summary>
    private static Dictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)>? PreviousTimes(string file)
    {
        try
        {
            return File.Exists(file) ? MatrixJson.Read(file) : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int RunSuite(string root, string results, string log, string[] extraArguments, string progressFile,
        Dictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)>? previous, double? predictedSeconds)
    {
        File.Delete(progressFile);
        var progress = new SuiteProgress(progressFile, previous, predictedSeconds, Console.Out);
        var configuration = BuildLayout.Configuration;
        var suite = Task.Run(() => ToolRunner.Run(new ToolCommand(Gateway.DotnetHost(),
            ["test", Path.Combine("tests", "Anyvc.Conformance", "Anyvc.Conformance.csproj"), "-c", configuration,
             "--no-build", "-nologo", "--logger", "trx", "--results-directory", results, "--blame-hang-timeout", "5m", .. extraArguments])
        {
            WorkingDirectory = root,
            Environment = new Dictionary<string, string?> { [ProgressLog.Variable] = progressFile },
            Timeout = TimeSpan.FromHours(1),
        }));
        while (!suite.Wait(TimeSpan.FromSeconds(1)))
            progress.Poll();
        progress.Poll(final: true);
        var result = suite.GetAwaiter().GetResult();
        File.WriteAllText(log, result.OutputText + result.Error);
        return result.ExitCode;
    }
}
