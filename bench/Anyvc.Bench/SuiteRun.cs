using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Anyvc.Channels;
using Anyvc.Channels.Processes;

namespace Anyvc.Bench;

/// <summary>
/// One run of the conformance suite through <c>dotnet test --no-build</c>. Its duration is the TRX
/// <c>&lt;Times start finish&gt;</c> span: the test session from start to end, which includes starting backend
/// children (or loading backends in-process) but not the dotnet CLI's own start-up; the wall time of the whole
/// command is kept alongside.
/// </summary>
internal sealed record SuiteRun(double Seconds, double WallSeconds, int Passed, int Failed, int Skipped)
{
    public static SuiteRun Execute(string repositoryRoot, string backends, bool inProcess, string resultsRoot, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var results = Path.Combine(resultsRoot, $"{backends.Replace(',', '-')}-{(inProcess ? "inprocess" : "child")}-{Guid.NewGuid():N}");
        var command = new ToolCommand(Gateway.DotnetHost(),
            ["test", "tests/Anyvc.Conformance/Anyvc.Conformance.csproj", "-c", "Release", "--no-build", "-nologo", "--logger", "trx", "--results-directory", results])
        {
            WorkingDirectory = repositoryRoot,
            Environment = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>()) { ["ANYVC_BACKENDS"] = backends, ["ANYVC_IN_PROCESS"] = inProcess ? "1" : null },
            Timeout = TimeSpan.FromHours(1),
        };
        var clock = Stopwatch.StartNew();
        var process = ToolRunner.Run(command);
        var wall = clock.Elapsed.TotalSeconds;
        var trx = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories).FirstOrDefault() : null;
        if (trx is null)
            throw new InvalidOperationException($"'dotnet test' ({backends}, {(inProcess ? "in-process" : "child")}) wrote no TRX; exit {process.ExitCode}:{Environment.NewLine}{process.OutputText}{process.Error}");
        var run = Parse(XDocument.Load(trx), wall);
        Directory.Delete(results, recursive: true);
        return run;
    }

    private static SuiteRun Parse(XDocument trx, double wall)
    {
        var times = trx.Descendants().First(e => e.Name.LocalName == "Times");
        var counters = trx.Descendants().First(e => e.Name.LocalName == "Counters");
        var start = DateTimeOffset.Parse((string)times.Attribute("start")!, CultureInfo.InvariantCulture);
        var finish = DateTimeOffset.Parse((string)times.Attribute("finish")!, CultureInfo.InvariantCulture);
        int Count(string name) => (int?)counters.Attribute(name) ?? 0;
        return new SuiteRun((finish - start).TotalSeconds, wall, Count("passed"), Count("failed") + Count("error") + Count("timeout") + Count("aborted"), Count("total") - Count("executed"));
    }
}
