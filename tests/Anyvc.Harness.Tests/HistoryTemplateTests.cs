using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.Fixtures.Histories;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The history template cache, with the git backend: a template is reused while every input of its key stays, built
/// anew when one changes, built once when processes race, and a stale one is found by <c>anyvc fixtures verify</c>.
/// </summary>
[Category("git")]
public class HistoryTemplateTests
{
    private const string History = "revision one\n  write a.txt \"1\\n\"\nrevision two\n  write b.bin @b.bin\n";

    [Test]
    public void TheSameInputsReuseTheTemplate()
    {
        using var setup = new Setup();
        var first = setup.Obtain(setup.Inputs);
        var second = setup.Obtain(setup.Inputs);
        Assert.Multiple(() =>
        {
            Assert.That((first.Built, second.Built), Is.EqualTo((true, false)));
            Assert.That(second.Directory, Is.EqualTo(first.Directory));
            Assert.That(second.Names.Keys, Is.EqualTo(new[] { "one", "two" }));
            Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(first.Directory)!).Select(Path.GetFileName).Where(n => n!.StartsWith('.')), Is.Empty, "no staging folder is left");
        });
    }

    [Test]
    public void ChangingTheHistoryFileBuildsANewTemplate()
    {
        using var setup = new Setup();
        var before = setup.Obtain(setup.Inputs);
        System.IO.File.AppendAllText(setup.File, "revision three\n  remove a.txt\n");
        var after = setup.Obtain(setup.Inputs);
        Assert.That((after.Built, after.Directory == before.Directory, after.Names.ContainsKey("three")), Is.EqualTo((true, false, true)));
    }

    [Test]
    public void ChangingAFileTheHistoryWritesByReferenceBuildsANewTemplate()
    {
        using var setup = new Setup();
        var before = setup.Obtain(setup.Inputs);
        System.IO.File.WriteAllBytes(setup.Scratch.Combine("b.bin"), [0, 1, 2, 0xff, 3]);
        var after = setup.Obtain(setup.Inputs);
        Assert.That((after.Built, after.Names["two"] == before.Names["two"]), Is.EqualTo((true, false)));
    }

    [Test]
    public void ChangingTheToolVersionTheAdapterOrTheMaterializerBuildsANewTemplate()
    {
        using var setup = new Setup();
        var original = setup.Obtain(setup.Inputs);
        var changed = new[]
        {
            setup.Inputs with { Backend = setup.Inputs.Backend with { ToolVersion = setup.Inputs.Backend.ToolVersion + " (patched)" } },
            setup.Inputs with { AdapterBuild = "another build" },
            setup.Inputs with { MaterializerVersion = HistoryBuilder.Version + 1 },
        }.Select(setup.Obtain).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(changed.Select(t => t.Built), Is.All.True);
            Assert.That(changed.Select(t => t.Directory).Append(original.Directory).Distinct().Count(), Is.EqualTo(4), "four keys, four templates");
            Assert.That(System.IO.File.ReadAllText(Path.Combine(changed[0].Directory, "key.txt")), Does.Contain("(patched)"), "key.txt lists the inputs");
            Assert.That(setup.Obtain(setup.Inputs).Built, Is.False, "the original inputs still find their template");
        });
    }

    [Test, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheTemplateIsReadOnlyAndACopyIsWritable()
    {
        using var setup = new Setup();
        var template = setup.Obtain(setup.Inputs);
        var copy = setup.Scratch.Combine("copy");
        TreeCopy.Copy(template.Repository, copy);
        var writable = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        var templateFiles = Directory.GetFileSystemEntries(template.Directory, "*", SearchOption.AllDirectories);
        Assert.Multiple(() =>
        {
            Assert.That(templateFiles.Where(f => (File.GetUnixFileMode(f) & writable) != 0), Is.Empty, "nothing in the template may be written");
            Assert.That(Directory.GetFiles(copy, "*", SearchOption.AllDirectories).Where(f => (File.GetUnixFileMode(f) & UnixFileMode.UserWrite) == 0), Is.Empty);
        });
    }

    [Test]
    public void TwoProcessesRacingBuildOneTemplateWithoutError()
    {
        using var scratch = new Scratch();
        var cache = scratch.Combine("cache");
        var racers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Cli(cache, "fixtures", "build", "--backend", "git", "--history", "branchy"))).ToList();
        var results = racers.Select(r => r.Result).ToList();
        var lines = results.Select(r => r.OutputText.Trim()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join("\n", results.Select(r => r.Error)));
            Assert.That(lines.Count(l => l.StartsWith("git branchy built ", StringComparison.Ordinal)), Is.EqualTo(1), string.Join("\n", lines));
            Assert.That(lines.Count(l => l.StartsWith("git branchy cached ", StringComparison.Ordinal)), Is.EqualTo(1), string.Join("\n", lines));
            Assert.That(Directory.GetDirectories(Path.Combine(cache, "git")).Select(Path.GetFileName), Has.Exactly(1).StartsWith("branchy-").And.Exactly(1).Items);
        });
    }

    [Test]
    public void VerifyFindsAStaleTemplateAndCleanRemovesIt()
    {
        using var scratch = new Scratch();
        var cache = scratch.Combine("cache");
        Assert.That(Cli(cache, "fixtures", "build", "--backend", "git", "--history", "branchy").ExitCode, Is.EqualTo(0));
        var fine = Cli(cache, "fixtures", "verify", "--backend", "git", "--history", "branchy");
        Assert.That(fine.OutputText, Does.Contain("git branchy ok "));
        Assert.That(fine.ExitCode, Is.EqualTo(0));
        var template = Directory.GetDirectories(Path.Combine(cache, "git")).Single();
        Tamper(Path.Combine(template, "repo"), scratch.Combine("tampered"));
        var stale = Cli(cache, "fixtures", "verify", "--backend", "git", "--history", "branchy");
        Assert.That(stale.ExitCode, Is.EqualTo(1));
        Assert.That(stale.OutputText, Does.Contain("git branchy STALE").And.Contain("built again vs template"));
        Assert.That(Cli(cache, "fixtures", "list").OutputText, Does.Contain("1 templates").And.Contain("git/branchy-"));
        Assert.That(Cli(cache, "fixtures", "clean").OutputText, Does.StartWith("removed "));
        Assert.That(Directory.Exists(cache), Is.False);
    }

    /// <summary>Replaces the template's repository with a copy that has one more commit, as an older adapter might have left it.</summary>
    private static void Tamper(string repository, string work)
    {
        TreeCopy.Copy(repository, work);
        using (var backend = BackendProcess.Start("git", ChildEnvironment.Create(work + "-home")))
        {
            var repo = backend.OpenRepository(work);
            using var tx = repo.Transaction("sneaked in", "Someone <s@example.invalid>", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
            tx.Root.Join("extra.txt").WriteAllText("extra");
            tx.Commit();
        }
        TreeCopy.Delete(repository);
        TreeCopy.Copy(work, repository);
    }

    private static ToolResult Cli(string cache, params string[] arguments) =>
        AnyvcCli.Run(new Dictionary<string, string?> { [HistoryTemplates.CacheVariable] = cache, [BackendCatalog.SelectionVariable] = null }, arguments);

    /// <summary>A scratch folder with a small history file (one file written by reference), a cache, and a git child.</summary>
    private sealed class Setup : IDisposable
    {
        private readonly StartedBackend backend;

        public Setup()
        {
            System.IO.File.WriteAllText(File, History);
            System.IO.File.WriteAllBytes(Scratch.Combine("b.bin"), [0, 1, 2, 0xff]);
            backend = BackendProcess.Start("git", ChildEnvironment.Create(Scratch.Combine("home")));
            Cache = new HistoryTemplates(Scratch.Combine("cache"));
            Inputs = new TemplateInputs(File, backend.Info, "this build", HistoryBuilder.Version);
        }

        public Scratch Scratch { get; } = new();

        public string File => Scratch.Combine("small.history");

        public HistoryTemplates Cache { get; }

        public TemplateInputs Inputs { get; }

        public HistoryTemplate Obtain(TemplateInputs inputs) => Cache.Obtain(backend.Connection, inputs);

        public void Dispose()
        {
            backend.Dispose();
            Scratch.Dispose();
        }
    }
}
