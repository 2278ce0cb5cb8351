using System.Text.Json;
using System.Text.Json.Nodes;
using Anyvc.Bench;
using Anyvc.Fixtures;
using Anyvc.TestSupport;

// ./build.sh bench [--quick] [--only channels|backends|branchy|templates]
// Writes artifacts/bench/channels.json, backends.json, branchy.json and templates.json and prints them; progress goes to stderr.
var quick = args.Contains("--quick");
var onlyIndex = Array.IndexOf(args, "--only");
var only = onlyIndex >= 0 && onlyIndex + 1 < args.Length ? args[onlyIndex + 1] : null;
if (args.Except(["--quick", "--only", only]).Any() || only is not (null or "channels" or "backends" or "branchy" or "templates"))
{
    Console.Error.WriteLine("usage: Anyvc.Bench [--quick] [--only channels|backends|branchy|templates]");
    return 2;
}
var settings = quick ? BenchSettings.Quick : BenchSettings.Full;
var log = Console.Error;
var output = Directory.CreateDirectory(Path.Combine(BuildLayout.RepositoryRoot, "artifacts", "bench")).FullName;

// Two benchmarks at once would measure each other: the second one waits here instead.
using var runLock = BenchLock.Acquire(Path.Combine(output, ".lock"), log);
var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"anyvc-bench-{Environment.ProcessId}")).FullName;
// Relaxed escaping keeps the file readable (quotes and '<' as they are); it is never embedded in HTML.
var json = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
try
{
    if (only is null or "channels")
    {
        var testChild = BuildLayout.ProgramPath("Anyvc.TestChild");
        var channels = new JsonObject();
        foreach (var placement in new[] { Placement.Same, Placement.Free })
            channels[placement.Name] = new ChannelBench(settings, testChild, placement, log).Run();
        Placement.Free.Apply(); // the backend figures and the suites run unpinned
        Write("channels.json", channels);
    }
    if (only is null or "backends")
    {
        Placement.Free.Apply();
        Write("backends.json", new BackendBench(settings, work, log).Run());
    }
    if (only is null or "branchy")
    {
        Placement.Free.Apply();
        Write("branchy.json", BranchyWorkload.RunAll(settings, work, log));
    }
    if (only is null or "templates")
    {
        Placement.Free.Apply();
        Write("templates.json", TemplateWorkload.RunAll(settings, work, log));
    }
    if (quick)
        log.WriteLine("bench: --quick run: the figures are a smoke test, not measurements");
    return 0;
}
finally
{
    RepositoryManager.DeleteTree(work);
}

void Write(string name, JsonObject report)
{
    var text = report.ToJsonString(json);
    File.WriteAllText(Path.Combine(output, name), text + Environment.NewLine);
    Console.WriteLine($"// {Path.Combine("artifacts", "bench", name)}");
    Console.WriteLine(text);
}
