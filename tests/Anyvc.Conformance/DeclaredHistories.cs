using System.Security.Cryptography;
using Anyvc.Fixtures;
using Anyvc.Fixtures.Histories;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>A declared history (<c>fixtures/histories</c>) built through the API holds what the file says, on every backend.</summary>
[BackendFixture, RequiresFeature(Feature.Branches | Feature.Merges | Feature.Tags | Feature.Symlinks | Feature.ExecutableBit)]
public class DeclaredHistories(Backend backend) : BackendTest(backend)
{
    [Test]
    public void TheBranchyHistoryIsBuiltAsDeclared()
    {
        var declared = Mgr.MakeRepo("repo", history: "branchy");
        var (repo, revs) = (declared.Repository, declared);
        Assert.Multiple(() =>
        {
            // hg records a tag as a .hgtags commit on the default line: the named revisions keep their order around it.
            var named = revs.Ids.Values.ToHashSet();
            var line = repo.History().Select(r => r.Id).ToList();
            Assert.That(line.Where(named.Contains), Is.EqualTo(new[] { "r4", "m", "r3", "r2", "r1", "r0" }.Select(n => revs[n].Id)));
            if (repo.Backend.Supports(Feature.LightweightTags))
                Assert.That(line, Has.Count.EqualTo(6), "names add no revision");
            Assert.That(revs["m"].Parents.Select(p => p.Id), Is.EqualTo(new[] { revs["r3"].Id, revs["f2"].Id }));
            Assert.That(repo.GetBranch("feature/x").Id, Is.EqualTo(revs["f2"].Id));
            Assert.That(repo.GetBranch("release/1.0").Id, Is.EqualTo(revs["p1"].Id));
            Assert.That(repo.GetTag("v1.0").Target.Id, Is.EqualTo(revs["p1"].Id));
            Assert.That(repo.Resolve("v2.0").Id, Is.EqualTo(revs["r4"].Id));
            Assert.That(revs["p1"].Message, Is.EqualTo("fix c\n\nfor the release"));
            Assert.That(revs["r2"].Root.Join("bin/run.sh").IsExecutable, Is.True);
            Assert.That(revs["r3"].Root.Join("latest").ReadLink(), Is.EqualTo("a.txt"));
            Assert.That(revs["r4"].Root.Join("latest").Exists, Is.False);
            Assert.That(revs["m"].Root.Join("d").List().Select(e => e.Name), Is.EqualTo(new[] { "x.txt" }), "the merge's tree is its first parent's plus its changes");
            Assert.That(revs["f2"].Root.Join("d").List().Select(e => e.Name), Is.EqualTo(new[] { "y.txt" }));
            Assert.That(declared["r0"].Message, Is.EqualTo("first"));
            Assert.That(revs.Ids.Keys.Select(name => revs[name].Message.Split('\n')[0]), Is.EqualTo(new[] { "first", "r1", "f1", "r2", "f2", "fix c", "r3", "merge feature/x", "r4" }),
                "every name stands for a revision of this repository, the one the file declared");
        });
    }

    [Test]
    public void AnUnknownHistoryOrNameIsRefusedByName()
    {
        Assert.That(Assert.Throws<FileNotFoundException>(() => Mgr.MakeRepo("repo", history: "no-such-history"))!.Message, Does.Contain("'no-such-history'"));
        var declared = Mgr.MakeRepo("other", history: "branchy");
        Assert.That(Assert.Throws<KeyNotFoundException>(() => _ = declared["nope"])!.Message, Does.Contain("'nope'").And.Contain("r0"));
    }

    [Test]
    public void ChangingACopyChangesNeitherTheTemplateNorTheNextCopy()
    {
        var first = Mgr.MakeRepo("first", history: "branchy");
        var pristine = HistorySnapshot.OfTips(first.Repository);
        var template = TemplateFiles();
        Fixed.Commit(first.Repository, "local change", root => { root.Join("a.txt").WriteAllText("changed"); root.Join("d").Remove(); }, minute: 30);
        first.Repository.CreateBranch("scratch", first["r0"], author: Fixed.Author, time: Fixed.At(31));
        first.Repository.DeleteTag("v1.0", author: Fixed.Author, time: Fixed.At(32));
        Assume.That(HistorySnapshot.OfTips(first.Repository), Is.Not.EqualTo(pristine), "the first copy changed");
        var second = Mgr.MakeRepo("second", history: "branchy");
        Assert.Multiple(() =>
        {
            Assert.That(HistorySnapshot.Difference(pristine, HistorySnapshot.OfTips(second.Repository)), Is.Null, "the next copy is as the first was");
            Assert.That(second.Ids, Is.EqualTo(first.Ids));
            Assert.That(TemplateFiles(), Is.EqualTo(template), "the template's files are untouched");
        });
    }

    [Test, RequiresFeature(Feature.CopyableDirectories)]
    public void ACopiedRepositoryDirectoryIsAnIndependentRepository()
    {
        var original = Mgr.MakeRepo("original");
        var first = Fixed.Commit(original, "first", root => root.Join("a.txt").WriteAllText("a"));
        original.Dispose();
        TreeCopy.Copy(original.Path, Path.Combine(Mgr.Path, "copy"));
        var copy = Mgr.OpenRepo("copy");
        var onCopy = Fixed.Commit(copy, "on the copy", root => root.Join("b.txt").WriteAllText("b"), minute: 1);
        var reopened = Mgr.OpenRepo("original");
        Assert.Multiple(() =>
        {
            Assert.That(copy.History().Select(r => r.Id), Is.EqualTo(new[] { onCopy.Id, first.Id }));
            Assert.That(reopened.History().Select(r => r.Id), Is.EqualTo(new[] { first.Id }), "the original did not change");
            Assert.That(reopened.GetDefaultHead()!.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "a.txt" }));
        });
    }

    /// <summary>The hash of every file of this backend's branchy template, or nothing when it builds histories in place.</summary>
    private Dictionary<string, string> TemplateFiles()
    {
        if (Mgr.Templates?.Find(new TemplateInputs(HistoryFiles.Find("branchy"), Mgr.Backend, Mgr.AdapterBuild, HistoryBuilder.Version)) is not { } template)
            return [];
        return Directory.GetFiles(template.Directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(template.Directory, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
    }
}
