using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// Backends the repository does not build: a copy of the reference backend's program registered from outside, and a
/// child written in Python. The harness must run both like any backend and report what they cannot do cleanly.
/// </summary>
public class ForeignBackendTests
{
    private static string PythonChild => Path.Combine(AppContext.BaseDirectory, "Foreign", "minimal_backend.py");

    [Test]
    public void APythonChildIsServedLikeAnyBackendAndItsGapsAreCleanFailures()
    {
        using var scratch = new Scratch();
        using var pool = new ChildPool(BackendRegistrations.Parse($"pyvc={PythonChild}").Single(), scratch.Path, new ChildPoolOptions(InProcess: false, IsolatePerTest: false));
        using var lease = pool.Rent();
        var info = lease.Connection.Info;
        Assert.That((info.Name, info.Tool, info.IsAvailable, info.Features), Is.EqualTo(("pyvc", "python", true, Feature.None)));
        var repo = lease.Connection.CreateRepository(scratch.Combine("repo"));
        Assert.That(repo.GetDefaultHead(), Is.Null);
        Assert.That(repo.Count, Is.Zero);
        using (var tx = repo.Transaction("never", "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            tx.Root.Join("a.txt").WriteAllText("a");
            var error = Assert.Throws<FeatureNotSupportedException>(() => tx.Commit())!;
            Assert.That(error.Message, Does.StartWith("pyvc: ").And.Contain("'tx.begin'"));
        }
        lease.Connection.Ping();
        Assert.That(lease.Gateway.IsAlive, Is.True, "a command the child does not know is an error, not a crash");
    }

    [Test]
    public void OutOfTreeAndForeignBackendsShowUpInTheMatrix()
    {
        using var scratch = new Scratch();
        var outside = scratch.Combine("outside");
        CopyDirectory(Path.GetDirectoryName(BackendCatalog.Named("memory").Program)!, outside);
        var report = scratch.Combine("report");
        var result = ToolRunner.Run(new ToolCommand(Gateway.DotnetHost(),
            ["exec", BuildLayout.ProgramPath("Anyvc.Cli"), "check", "--output", report, "--filter", "FullyQualifiedName~Anyvc.Conformance.History"])
        {
            Environment = new Dictionary<string, string?>
            {
                [BackendRegistrations.ExtraVariable] = $"outside={Path.Combine(outside, "Anyvc.Backends.Memory.dll")},pyvc={PythonChild}",
                [BackendCatalog.SelectionVariable] = "outside,pyvc",
                [BackendRegistrations.FileVariable] = null,
            },
            Timeout = TimeSpan.FromMinutes(10),
        });
        var matrix = File.ReadAllText(Path.Combine(report, "matrix.md"));
        Assert.That(result.ExitCode, Is.EqualTo(1), "pyvc fails what it does not implement");
        Assert.That(matrix, Does.Contain("| test | outside | pyvc |"));
        Assert.That(matrix, Does.Match(@"\| History\.EmptyRepositoryHasNoHead \| pass \d+(ms|\.\ds) \| pass \d+(ms|\.\ds) \|"), "each cell with its time");
        Assert.That(matrix, Does.Match(@"\| History\.BuildFirstCommit \| pass \S+ \| FAIL \S+ \|"));
        Assert.That(matrix, Does.Match(@"FAIL History\.BuildFirstCommit \[pyvc\]: .*FeatureNotSupportedException.*tx\.begin"));
        var output = result.OutputText;
        Assert.That(output.IndexOf("FAIL History.BuildFirstCommit [pyvc]: ", StringComparison.Ordinal), Is.InRange(0, output.IndexOf("; done", StringComparison.Ordinal)),
            "a failure is printed as it happens, before the run ends");
        var rows = matrix.Split('\n').Where(line => line.StartsWith("| History.", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.GreaterThan(10));
        Assert.That(rows, Has.All.Match(@"^\| History\.[^|]+ \| pass \S+ \| "), "the outside copy of the reference backend passes everything");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
