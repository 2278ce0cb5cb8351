using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class SelectionTests
{
    [Test]
    public void NoSelectionMeansEveryKnownBackend() =>
        Assert.That(BackendCatalog.Select(null).Select(b => b.Name), Is.EqualTo(new[] { "git", "hg", "svn" }));

    [Test]
    public void SelectionNarrowsInCatalogOrder() =>
        Assert.That(BackendCatalog.Select(" svn , git ").Select(b => b.Name), Is.EqualTo(new[] { "git", "svn" }));

    [Test]
    public void UnknownBackendIsAClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => BackendCatalog.Select("git,cvs"))!;
        Assert.That(error.Message, Does.Contain("cvs").And.Contain("known: git, hg, svn").And.Contain(BackendCatalog.SelectionVariable));
    }

    [Test]
    public void RequiredListsNamesOrAll()
    {
        Assert.That(BackendCatalog.IsRequired("hg", "git,hg"), Is.True);
        Assert.That(BackendCatalog.IsRequired("svn", "git,hg"), Is.False);
        Assert.That(BackendCatalog.IsRequired("svn", "all"), Is.True);
        Assert.That(BackendCatalog.IsRequired("svn", ""), Is.False);
    }

    [Test]
    public void UnavailableBackendSkipsWithItsHintUnlessRequired()
    {
        var info = new BackendInfo("hg", "hg", "", Feature.None, "hg not found on PATH: install Mercurial (apt-get install mercurial)");
        var skip = Assert.Throws<IgnoreException>(() => BackendTest.RequireOrSkip(info, required: false))!;
        Assert.That(skip.Message, Does.Contain("apt-get install mercurial"));
        var fail = Assert.Throws<AssertionException>(() => BackendTest.RequireOrSkip(info, required: true))!;
        Assert.That(fail.Message, Does.Contain(BackendCatalog.RequiredVariable).And.Contain("apt-get install mercurial"));
        Assert.DoesNotThrow(() => BackendTest.RequireOrSkip(info with { UnavailableReason = null }, required: true));
    }
}
