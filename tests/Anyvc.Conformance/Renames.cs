using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Renames as the backend records them: one entry per moved file, also inside a moved directory.</summary>
[BackendFixture]
public class Renames(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        Fixed.CommitSmallTree(repo);
    }

    [Test, RequiresFeature(Feature.Renames)]
    public void AFileRenameIsRecorded() =>
        Expect(root => root.Join("a.txt").Rename("moved/a.txt"), ("a.txt", "moved/a.txt"));

    [Test, RequiresFeature(Feature.Renames)]
    public void ADirectoryRenameIsRecordedForEveryFileInIt() =>
        Expect(root => root.Join("d").Rename("e"), ("d/sub/y.txt", "e/sub/y.txt"), ("d/x.txt", "e/x.txt"));

    [Test, RequiresFeature(Feature.Renames)]
    public void ARenamedAndChangedFileIsStillARename() =>
        Expect(root => root.Join("a.txt").Rename("c.txt").WriteAllText("changed"), ("a.txt", "c.txt"));

    [Test, RequiresFeature(Feature.Renames)]
    public void ARenameInsideARenamedDirectoryKeepsItsFirstSource() => Expect(root =>
    {
        root.Join("d").Rename("e");
        root.Join("e/sub/y.txt").Rename("e/y2.txt");
    }, ("d/x.txt", "e/x.txt"), ("d/sub/y.txt", "e/y2.txt"));

    [Test, RequiresFeature(Feature.Renames)]
    public void AddsRemovalsAndEditsAreNoRenames() => Expect(root =>
    {
        root.Join("a.txt").WriteAllText("edited");
        root.Join("b.txt").Remove();
        root.Join("new.txt").WriteAllText("new");
    });

    [Test, RequiresFeature(Feature.Renames)]
    public void SwappedFilesAreNoRenamesBecauseBothSourcesRemain() => Expect(root =>
    {
        root.Join("a.txt").Rename("tmp.txt");
        root.Join("b.txt").Rename("a.txt");
        root.Join("tmp.txt").Rename("b.txt");
    });

    [Test]
    public void ABackendWithoutTheFeatureSaysWhy()
    {
        if (Mgr.Backend.Supports(Feature.Renames))
            Assert.Ignore($"{Backend.Name} records renames");
        var revision = Fixed.Commit(repo, "rename", root => root.Join("a.txt").Rename("c.txt"), minute: 1);
        var error = Assert.Throws<FeatureNotSupportedException>(() => _ = revision.Renames)!;
        Assert.That(error.Message, Does.Contain("Renames").And.Contain(Backend.Name));
        Assert.That(Mgr.Backend.Limits, Does.ContainKey(Feature.Renames), "a backend that lacks a feature says why");
    }

    private void Expect(Action<RepoPath> change, params (string From, string To)[] expected)
    {
        var revision = Fixed.Commit(repo, "moves", change, minute: 1);
        Assert.That(revision.Renames.Select(r => (r.From, r.To)), Is.EqualTo(expected));
        Assert.That(repo.History()[^1].Renames, Is.Empty, "the first revision moved nothing");
    }
}
