using Anyvc.Channels;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// <c>anyvc</c> as a .NET tool: packed with <c>dotnet pack</c>, installed with <c>dotnet tool install</c> from a local
/// folder, and run from directories outside the repository against this repository's build, with an in-tree and
/// with an out-of-tree backend.
/// </summary>
public class ToolPackageTests
{
    private Scratch scratch = null!;
    private string anyvc = null!;

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        scratch = new Scratch();
        var packages = scratch.Combine("packages");
        var pack = Dotnet(BuildLayout.RepositoryRoot, "pack", Path.Combine("tools", "Anyvc.Cli", "Anyvc.Cli.csproj"), "-c", BuildLayout.Configuration, "--no-build", "-nologo", "-o", packages);
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.OutputText + pack.Error);
        Assert.That(Directory.GetFiles(packages, "Anyvc.Cli.*.nupkg"), Has.Length.EqualTo(1));
        var install = Dotnet(scratch.Path, "tool", "install", "--tool-path", scratch.Combine("tools"), "--add-source", packages, "--ignore-failed-sources", "Anyvc.Cli");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.OutputText + install.Error);
        anyvc = scratch.Combine("tools", OperatingSystem.IsWindows() ? "anyvc.exe" : "anyvc");
        Assert.That(File.Exists(anyvc), Is.True, install.OutputText);
        Directory.CreateDirectory(scratch.Combine("elsewhere"));
    }

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    [Test]
    public void OutsideARepositoryItSaysHowToNameOne()
    {
        var result = Run(scratch.Combine("elsewhere"), [], "backends");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("is not in one: run inside a clone, pass --repo DIR (anyvc) or set ANYVC_REPO"));
        Assert.That(Run(scratch.Combine("elsewhere"), [], "--repo", scratch.Path, "backends").Error, Does.Contain($"{scratch.Path} is not in an Anyvc repository"));
    }

    [Test]
    public void ComparingTwoReportsNeedsNoRepository()
    {
        var report = scratch.Combine("elsewhere", "matrix.json");
        File.WriteAllText(report, """{"format": 1, "backends": ["git"], "cells": [{"test": "History.A", "backend": "git", "outcome": "pass", "seconds": 0.1, "message": ""}]}""");
        var result = Run(scratch.Combine("elsewhere"), [], "compare", report, report);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.OutputText, Does.Contain(": 0 new failures, 0 fixed"));
    }

    [Test]
    public void FromAnotherDirectoryItUsesTheRepositoryNamedOrTheOneItIsIn()
    {
        var named = Run(scratch.Combine("elsewhere"), [], "--repo", BuildLayout.RepositoryRoot, "backends");
        var inside = Run(Path.Combine(BuildLayout.RepositoryRoot, "docs"), [], "backends");
        var byVariable = Run(scratch.Combine("elsewhere"), new() { [BuildLayout.RepositoryVariable] = BuildLayout.RepositoryRoot }, "backends");
        Assert.Multiple(() =>
        {
            foreach (var result in new[] { named, inside, byVariable })
            {
                Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
                Assert.That(result.OutputText, Does.Match(@"(?m)^memory +memory \S+ \(backends/Anyvc\.Backends\.Memory\)"));
            }
        });
    }

    [Test]
    public void ItRunsTheMatrixOfThisRepositorysBuildWithAnOutOfTreeBackend()
    {
        var output = scratch.Combine("elsewhere", "report");
        var result = Run(scratch.Combine("elsewhere"),
            new()
            {
                [BackendRegistrations.ExtraVariable] = $"outside={BackendCatalog.Named("memory").Program}",
                [BackendCatalog.SelectionVariable] = "outside",
            },
            "--repo", BuildLayout.RepositoryRoot, "check", "--output", "report", "--filter", "FullyQualifiedName~Anyvc.Conformance.History");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.OutputText + result.Error);
        Assert.That(File.ReadAllText(Path.Combine(output, "matrix.md")), Does.Contain("| test | outside |").And.Match(@"\| History\.BuildFirstCommit \| pass \d+ms \|"));
        Assert.That(result.OutputText, Does.Match(@"conformance: \d+ passed, 0 failed, \d+ skipped \(\d+ tests × 1 backends: outside\)"));
    }

    private ToolResult Run(string directory, Dictionary<string, string?> environment, params string[] arguments) =>
        ToolRunner.Run(new ToolCommand(anyvc, arguments)
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string?>(environment) { [BackendRegistrations.FileVariable] = null, [BuildLayout.RepositoryVariable] = environment.GetValueOrDefault(BuildLayout.RepositoryVariable) },
            Timeout = TimeSpan.FromMinutes(5),
        });

    private static ToolResult Dotnet(string directory, params string[] arguments) =>
        ToolRunner.Run(new ToolCommand(Gateway.DotnetHost(), arguments) { WorkingDirectory = directory, Timeout = TimeSpan.FromMinutes(5) });
}
