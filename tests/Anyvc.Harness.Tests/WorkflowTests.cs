using System.Text.RegularExpressions;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The GitHub Actions workflow (<c>.github/workflows/ci.yml</c>) is checked with a schema validator installed from the
/// npm registry (<c>@action-validator/cli</c>), so a broken workflow fails the build here instead of on the first push.
/// </summary>
public class WorkflowTests
{
    private const string Validator = "@action-validator/cli@0.6.0";

    private static string Workflow => Path.Combine(BuildLayout.RepositoryRoot, ".github", "workflows", "ci.yml");

    [Test]
    public void TheWorkflowValidates()
    {
        var result = Validate(Workflow);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.OutputText + result.Error);
    }

    [Test]
    public void TheValidatorRefusesABrokenWorkflow()
    {
        using var scratch = new Scratch();
        var broken = scratch.Combine("ci.yml");
        File.WriteAllText(broken, File.ReadAllText(Workflow).Replace("needs: build", "needs: [build, no-such-job]", StringComparison.Ordinal));
        var result = Validate(broken);
        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.OutputText + result.Error, Does.Contain("unresolved job no-such-job"), "it names what is wrong");
    }

    [Test]
    public void TheMatrixCoversEveryBackendInTheRepository()
    {
        var line = Regex.Match(File.ReadAllText(Workflow), @"^\s+backend: \[(?<names>[^\]]*)\]", RegexOptions.Multiline);
        Assert.That(line.Success, Is.True, "the matrix names its backends in one list");
        var inTree = InTreeBackends.Discover().Select(b => b.Name);
        Assert.That(line.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries), Is.EquivalentTo(inTree));
    }

    private static ToolResult Validate(string file)
    {
        var prefix = Path.Combine(BuildLayout.RepositoryRoot, "artifacts", "tools", "action-validator");
        var program = Path.Combine(prefix, "node_modules", ".bin", "action-validator");
        if (!File.Exists(program))
        {
            var npm = ProgramSearch.Find("npm") ?? throw new InvalidOperationException("npm not found: install it (apt-get install npm; ./build.sh does so as root)");
            ToolRunner.Run(new ToolCommand(npm, ["install", "--no-audit", "--no-fund", "--prefix", prefix, Validator]) { Timeout = TimeSpan.FromMinutes(5) }).EnsureSuccess();
        }
        return ToolRunner.Run(new ToolCommand(program, [file]) { Timeout = TimeSpan.FromMinutes(1) });
    }
}
