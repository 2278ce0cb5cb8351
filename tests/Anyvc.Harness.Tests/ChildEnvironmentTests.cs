using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class ChildEnvironmentTests
{
    [Test]
    public void ChildEnvironmentKeepsNothingOfAHostileUser()
    {
        using var scratch = new Scratch();
        var hostile = Hostile.Home(scratch.Combine("hostile"));
        var environment = ChildEnvironment.Create(scratch.Combine("child"), Hostile.Outer(hostile));
        Assert.That(environment.Variables.Values, Has.None.Contains(hostile));
        Assert.That(environment.Variables["PATH"], Is.EqualTo(Environment.GetEnvironmentVariable("PATH")));
        Assert.That(environment.Variables["HOME"], Is.EqualTo(environment.Home).And.StartsWith(scratch.Path));
        Assert.That(environment.Variables["TMPDIR"], Is.EqualTo(environment.Temp).And.StartsWith(scratch.Path));
        Assert.That(environment.Variables["TZ"], Is.EqualTo("UTC"));
        Assert.That(environment.Variables, Does.Not.ContainKey("EDITOR").And.Not.ContainKey("GIT_DIR"));
    }

    [Test]
    public void NothingToolSpecificIsSetByTheHarness()
    {
        using var scratch = new Scratch();
        var environment = ChildEnvironment.Create(scratch.Path);
        Assert.That(environment.Variables.Keys, Has.None.StartsWith("GIT").And.None.StartsWith("HG").And.None.Contains("SVN"),
            "each backend configures its own tool");
        Assert.That(Directory.EnumerateFileSystemEntries(environment.Home), Is.Empty, "the harness writes no tool configuration");
    }

    [Test]
    public void EveryPooledChildHasItsOwnHomeAndTemp()
    {
        using var scratch = new Scratch();
        using var pool = new ChildPool(BackendCatalog.Named("memory"), scratch.Path, new ChildPoolOptions(InProcess: false, IsolatePerTest: false));
        using var first = pool.Rent();
        using var second = pool.Rent();
        var homes = new[] { first, second }.Select(lease => Variable(lease.Gateway.ProcessId, "HOME")).ToList();
        var temps = new[] { first, second }.Select(lease => Variable(lease.Gateway.ProcessId, "TMPDIR")).ToList();
        Assert.That(homes.Distinct().Count(), Is.EqualTo(2), string.Join(", ", homes));
        Assert.That(temps.Distinct().Count(), Is.EqualTo(2), string.Join(", ", temps));
        Assert.That(homes.Concat(temps), Has.All.StartsWith(scratch.Path));
    }

    private static string Variable(int pid, string name) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0').Single(v => v.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}
