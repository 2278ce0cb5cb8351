using Anyvc.Fixtures.Histories;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>The history file format: the declared histories read cleanly, and every kind of mistake names its line and column.</summary>
public class HistoryFormatTests
{
    [Test]
    public void EveryDeclaredHistoryReads()
    {
        var files = Directory.GetFiles(Path.Combine(BuildLayout.RepositoryRoot, "fixtures", "histories"), "*.history");
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
            Assert.That(HistoryParser.Parse(file).Count(s => s.Kind == "revision"), Is.GreaterThanOrEqualTo(5), file);
    }

    [Test]
    public void EveryDeclaredHistoryIsUsedByTheConformanceSuite()
    {
        var suite = string.Join('\n', Directory.GetFiles(Path.Combine(BuildLayout.RepositoryRoot, "tests", "Anyvc.Conformance"), "*.cs").Select(File.ReadAllText));
        var unused = HistoryFiles.Names.Where(name => !suite.Contains($"history: \"{name}\"", StringComparison.Ordinal)).ToList();
        Assert.That(HistoryFiles.Names, Has.Count.GreaterThanOrEqualTo(8));
        Assert.That(unused, Is.Empty, "histories no conformance test asks for with Mgr.MakeRepo(..., history: \"name\")");
    }

    [Test]
    public void TheBranchyHistoryReadsAsWritten()
    {
        var steps = HistoryParser.Parse(Path.Combine(BuildLayout.RepositoryRoot, "fixtures", "histories", "branchy.history"));
        var merge = steps.Single(s => s.Name == "m");
        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => $"{s.Kind} {s.Name}").ToList(), Has.Member("revision r0").And.Member("branch feature/x").And.Member("tag v1.0"));
            Assert.That(steps.Count(s => s.Kind == "revision"), Is.EqualTo(9));
            Assert.That(merge.Parents, Is.EqualTo(new[] { "r3", "f2" }));
            Assert.That(merge.Time, Is.EqualTo(new DateTimeOffset(2009, 8, 24, 16, 23, 26, TimeSpan.FromHours(2))), "the eighth revision: start + 7 minutes");
            Assert.That(steps.Single(s => s.Name == "p1").Message, Is.EqualTo("fix c\n\nfor the release"));
            Assert.That(steps.Single(s => s.Name == "f1").Branch, Is.EqualTo("feature/x"));
            Assert.That(steps.Single(s => s.Name == "r2").Changes.Select(c => c.Verb), Is.EqualTo(new[] { ChangeVerb.Write, ChangeVerb.Write, ChangeVerb.Exec }));
        });
    }

    [TestCase("revision a from nope", 1, 17, "unknown parent 'nope'")]
    [TestCase("revision a from b\nrevision b", 1, 17, "declared later (line 2)")]
    [TestCase("revision a\n  write x.txt \"x\"\n  rename y.txt z.txt", 3, 10, "cannot rename 'y.txt': it does not exist here")]
    [TestCase("revision a\n  write x.txt \"x\"\n  write x.txt/y \"y\"", 3, 9, "'x.txt' is a file")]
    [TestCase("revision a\nrevision a", 2, 10, "declared twice (first on line 1)")]
    [TestCase("revision a\nrevision b on topic", 2, 1, "branch 'topic' has no revision yet")]
    [TestCase("revision a\n  write x.txt \"open", 2, 15, "not closed")]
    [TestCase("revision a\n  write x.txt @missing.bin", 2, 15, "no file 'missing.bin'")]
    [TestCase("revision a\n  frobnicate x", 2, 3, "unknown change 'frobnicate'")]
    [TestCase("merge a", 1, 1, "unknown statement 'merge'")]
    [TestCase("  write x \"y\"", 1, 3, "belongs to a revision")]
    [TestCase("revision a\nbranch b at nowhere", 2, 13, "unknown revision 'nowhere'")]
    [TestCase("revision a\n  write ../x \"y\"", 2, 9, "not a path inside the repository")]
    public void AMistakeNamesItsFileLineAndColumn(string text, int line, int column, string problem)
    {
        using var scratch = new Scratch();
        var file = scratch.Combine("bad.history");
        File.WriteAllText(file, text);
        var error = Assert.Throws<HistoryFormatException>(() => HistoryParser.Parse(file))!;
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.Message);
        Assert.That(error.Message, Does.StartWith($"{file}:{line}:{column}: ").And.Contain(problem));
    }
}
