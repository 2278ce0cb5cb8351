using System.Text.Json.Nodes;
using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The matrix report of real <c>anyvc check</c> runs (the History fixture on the memory backend): every cell with its
/// time, per-backend totals, the slowest cells, JSON beside Markdown and JUnit, and <c>--compare</c> / <c>anyvc compare</c>
/// listing what changed since a previous run, progress while the suite runs.
/// </summary>
[Category("memory")]
public class CheckReportTests
{
    private Scratch scratch = null!;
    private string first = null!;
    private ToolResult firstRun = null!;

    [OneTimeSetUp]
    public void RunOnce()
    {
        scratch = new Scratch();
        first = scratch.Combine("first");
        firstRun = Check("--output", first);
    }

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    [Test]
    public void EveryCellHasItsTimeAndTheReportHasTotalsAndTheSlowestCells()
    {
        var cells = Cells(Path.Combine(first, "matrix.json"));
        var markdown = File.ReadAllText(Path.Combine(first, "matrix.md"));
        Assert.Multiple(() =>
        {
            Assert.That(firstRun.ExitCode, Is.EqualTo(0), firstRun.OutputText + firstRun.Error);
            Assert.That(cells, Has.Count.GreaterThan(10));
            Assert.That(cells.Select(c => (string)c["backend"]!), Is.All.EqualTo("memory"));
            Assert.That(cells.Where(c => (string)c["outcome"]! == "pass").Select(c => (double)c["seconds"]!), Is.All.GreaterThan(0));
            Assert.That(markdown, Does.Match(@"\| History\.BuildFirstCommit \| pass \d+ms \|"));
            Assert.That(markdown, Does.Match(@"- total memory: \d+ passed, 0 failed, \d+ skipped, \d+\.\d s"));
            Assert.That(markdown, Does.Match(@"- slow +\d+\.\d\d s History\.\w+ \[memory\]"));
            Assert.That(File.ReadAllText(Path.Combine(first, "junit.xml")), Does.Match(@"<testcase classname=""memory"" name=""History\.BuildFirstCommit"" time=""\d"));
            Assert.That(firstRun.OutputText, Does.Contain("total memory: "));
            Assert.That(firstRun.OutputText, Does.Match(@"progress \d+ s: memory \d+; 0 failed; done"), "progress, without totals when there is no earlier run");
        });
    }

    [Test]
    public void CheckCompareListsFixedNewAndGoneCellsAgainstAPreviousRun()
    {
        var previous = JsonNode.Parse(File.ReadAllText(Path.Combine(first, "matrix.json")))!;
        var cells = previous["cells"]!.AsArray();
        var wasFailing = (string)cells[0]!["test"]!;
        cells[0]!["outcome"] = "FAIL";
        var appeared = (string)cells[1]!["test"]!;
        cells.RemoveAt(1);
        cells.Add(new JsonObject { ["test"] = "History.RemovedSinceThen", ["backend"] = "memory", ["outcome"] = "pass", ["seconds"] = 0.1, ["message"] = "" });
        var previousFile = scratch.Combine("previous.json");
        File.WriteAllText(previousFile, previous.ToJsonString());
        var second = Check("--output", scratch.Combine("second"), "--compare", previousFile);
        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.EqualTo(0), second.OutputText + second.Error);
            Assert.That(second.OutputText, Does.Contain($"compared with {previousFile}: 0 new failures, 1 fixed, "));
            Assert.That(second.OutputText, Does.Contain($"  fixed: {wasFailing} [memory] (now pass)"));
            Assert.That(second.OutputText, Does.Contain($"  new: {appeared} [memory] (pass)"));
            Assert.That(second.OutputText, Does.Contain("  gone: History.RemovedSinceThen [memory]"));
            Assert.That(File.ReadAllText(scratch.Combine("second", "matrix.md")), Does.Contain("## Changes").And.Contain("  fixed: "));
            Assert.That(second.OutputText, Does.Match($@"progress \d+ s: memory \d+/{cells.Count}; 0 failed; done"), "totals from the earlier run");
        });
    }

    [Test]
    public void CompareFindsNewFailuresAndMuchSlowerTestsAndFailsOnANewFailure()
    {
        var current = JsonNode.Parse(File.ReadAllText(Path.Combine(first, "matrix.json")))!;
        var cells = current["cells"]!.AsArray();
        var broken = (string)cells[0]!["test"]!;
        cells[0]!["outcome"] = "FAIL";
        cells[0]!["message"] = "Expected: 1\nBut was: 2";
        var slow = (string)cells[2]!["test"]!;
        cells[2]!["seconds"] = (double)cells[2]!["seconds"]! * 3 + 1;
        var currentFile = scratch.Combine("current.json");
        File.WriteAllText(currentFile, current.ToJsonString());
        var result = Cli("compare", Path.Combine(first, "matrix.json"), currentFile);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), "a new failure fails the comparison");
            Assert.That(result.OutputText, Does.Contain(": 1 new failures, 0 fixed, 1 much slower, 0 new, 0 gone, 0 otherwise changed"));
            Assert.That(result.OutputText, Does.Contain($"  new failure: {broken} [memory] (was pass): Expected: 1"));
            Assert.That(result.OutputText, Does.Match($@"  much slower: {System.Text.RegularExpressions.Regex.Escape(slow)} \[memory\]: \d+\.\d\d s -> \d+\.\d\d s"));
            Assert.That(Cli("compare", Path.Combine(first, "matrix.json"), Path.Combine(first, "matrix.json")).ExitCode, Is.EqualTo(0), "a run compared with itself changed nothing");
            Assert.That(Cli("compare", "--same-outcomes", Path.Combine(first, "matrix.json"), Path.Combine(first, "matrix.json")).ExitCode, Is.EqualTo(0));
            Assert.That(Cli("compare", Path.Combine(first, "matrix.md"), currentFile).Error, Does.Contain("is not a matrix.json"));
        });
    }

    [Test]
    public void SameOutcomesFailsOnAnyChangedCellButNotOnTimes()
    {
        var current = JsonNode.Parse(File.ReadAllText(Path.Combine(first, "matrix.json")))!;
        var cells = current["cells"]!.AsArray();
        foreach (var cell in cells)
            cell!["seconds"] = (double)cell["seconds"]! * 5 + 2;
        var slower = scratch.Combine("slower.json");
        File.WriteAllText(slower, current.ToJsonString());
        var skipped = (string)cells[0]!["test"]!;
        cells[0]!["outcome"] = "skip";
        var changed = scratch.Combine("changed.json");
        File.WriteAllText(changed, current.ToJsonString());
        var onlyTimes = Cli("compare", "--same-outcomes", Path.Combine(first, "matrix.json"), slower);
        var oneSkip = Cli("compare", "--same-outcomes", Path.Combine(first, "matrix.json"), changed);
        Assert.Multiple(() =>
        {
            Assert.That(onlyTimes.ExitCode, Is.EqualTo(0), onlyTimes.OutputText);
            Assert.That(oneSkip.ExitCode, Is.EqualTo(1));
            Assert.That(oneSkip.OutputText, Does.Contain($"  changed: {skipped} [memory]: pass -> skip"));
            Assert.That(Cli("compare", Path.Combine(first, "matrix.json"), changed).ExitCode, Is.EqualTo(0), "without the flag only new failures fail");
        });
    }

    [Test]
    public void RepeatReportsNoVariationForAStableSuiteAndEveryCellOfAFlakyBackend()
    {
        var stable = Check("--output", scratch.Combine("stable"), "--repeat", "2");
        Assert.That(stable.OutputText, Does.Contain("run 2 of 2").And.Contain("repeat: 0 cells varied over 2 runs"));
        Assert.That(stable.ExitCode, Is.EqualTo(0), stable.OutputText);

        // A backend that passes in the first test process to start it and fails in every later one: flaky between runs.
        var state = scratch.Combine("flaky-state");
        var script = scratch.Combine("flaky-backend.sh");
        File.WriteAllText(script, string.Join('\n',
            "#!/bin/sh",
            $"first=$(head -n 1 '{state}' 2>/dev/null)",
            $"if [ -z \"$first\" ]; then echo $PPID > '{state}'; first=$PPID; fi",
            "[ \"$first\" = \"$PPID\" ] || { echo 'flaky backend: not in this run' >&2; exit 3; }",
            $"exec '{Gateway.DotnetHost()}' exec '{BackendCatalog.Named("memory").Program}'", ""));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var registration = scratch.Combine("flaky.json");
        File.WriteAllText(registration, new JsonObject { ["backends"] = new JsonArray(new JsonObject { ["name"] = "flaky", ["program"] = script }) }.ToJsonString());
        var flaky = Cli(new Dictionary<string, string?> { [BackendRegistrations.FileVariable] = registration, [BackendCatalog.SelectionVariable] = "flaky" },
            ["check", "--output", scratch.Combine("flaky"), "--repeat", "2", "--filter", "FullyQualifiedName~Anyvc.Conformance.History"]);
        Assert.Multiple(() =>
        {
            Assert.That(flaky.ExitCode, Is.EqualTo(1));
            Assert.That(flaky.OutputText, Does.Match(@"repeat: [1-9]\d* cells varied over 2 runs"));
            Assert.That(flaky.OutputText, Does.Contain("varied History.BuildFirstCommit [flaky]: pass, FAIL"));
            Assert.That(File.ReadAllText(scratch.Combine("flaky", "matrix.md")), Does.Contain("## Repeated 2 times"));
        });
    }

    [Test]
    public void ShardsSplitByTheirTimesAndMergeIntoTheUnshardedMatrix()
    {
        var timings = scratch.Combine("timings.tsv");
        File.WriteAllText(timings, "History\tmemory\t100\nAncestry\tmemory\t1\nTree\tmemory\t1\nLog\tmemory\t1\n");
        var whole = Cli(["check", "--output", scratch.Combine("whole")]);
        var shards = new[] { 1, 2 }.Select(k => Cli(["check", "--output", scratch.Combine($"shard{k}"), "--shard", $"{k}/2", "--timings", timings])).ToList();
        var merged = Cli(["merge", scratch.Combine("merged"), scratch.Combine("shard1", "matrix.json"), scratch.Combine("shard2", "matrix.json")]);
        static IEnumerable<string> Outcomes(string file) => Cells(file).Select(c => $"{c["test"]} [{c["backend"]}] {c["outcome"]}");
        var shardRows = new[] { 1, 2 }.Select(k => Cells(scratch.Combine($"shard{k}", "matrix.json")).Select(c => (string)c["test"]!).ToList()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(shards.Select(s => s.ExitCode).Append(whole.ExitCode).Append(merged.ExitCode), Is.All.EqualTo(0), string.Join("\n", shards.Select(s => s.OutputText + s.Error)));
            Assert.That(shards[0].OutputText, Does.Contain("shard 1/2: 1 units, predicted 100.0 s").And.Match(@"shard 2/2: (\d+) units, predicted \1\.0 s"),
                "the longest unit alone, the others at the median of the known times");
            Assert.That(shardRows[0], Is.Not.Empty.And.All.StartsWith("History."));
            Assert.That(shardRows[1], Is.Not.Empty.And.None.StartsWith("History."));
            Assert.That(Outcomes(scratch.Combine("merged", "matrix.json")), Is.EqualTo(Outcomes(scratch.Combine("whole", "matrix.json"))), "the merged shards are the unsharded matrix");
            Assert.That(whole.OutputText, Does.Match($@"progress \d+ s: memory {Cells(scratch.Combine("whole", "matrix.json")).Count}; 0 failed; done"),
                "progress reports every cell once, skipped ones included");
            Assert.That(File.ReadAllText(scratch.Combine("whole", "timings.tsv")), Does.Match(@"\nHistory\tmemory\t\d+(\.\d+)?\n"), "every run writes the timings for the next split");
            Assert.That(Cli(["merge", scratch.Combine("again"), scratch.Combine("shard1", "matrix.json"), scratch.Combine("shard1", "matrix.json")]).Error, Does.Contain("the parts overlap"));
        });
    }

    private static List<JsonNode> Cells(string file) => JsonNode.Parse(File.ReadAllText(file))!["cells"]!.AsArray().Select(c => c!).ToList();

    private static ToolResult Check(params string[] arguments) =>
        Cli(["check", .. arguments, "--filter", "FullyQualifiedName~Anyvc.Conformance.History"]);

    private static ToolResult Cli(params string[] arguments) =>
        Cli(new Dictionary<string, string?> { [BackendCatalog.SelectionVariable] = "memory" }, arguments);

    private static ToolResult Cli(Dictionary<string, string?> environment, string[] arguments) => AnyvcCli.Run(environment, arguments);
}
