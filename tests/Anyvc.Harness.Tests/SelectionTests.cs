using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class SelectionTests
{
    [Test]
    public void EveryBackendFolderIsFoundAndNamedByConvention()
    {
        using var scratch = new Scratch();
        scratch.AddBackendProjects("Anyvc.Backends.Fossil", "Anyvc.Backends.Bzr");
        Directory.CreateDirectory(scratch.Combine("backends", "not-a-project"));
        var found = InTreeBackends.Discover(scratch.Path);
        Assert.That(found.Select(b => b.Name), Is.EqualTo(new[] { "bzr", "fossil" }));
        Assert.That(found[1].Origin, Is.EqualTo("backends/Anyvc.Backends.Fossil"));
        Assert.That(found[1].Program, Does.EndWith("Anyvc.Backends.Fossil.dll"));
    }

    [Test]
    public void ThisRepositorysBackendsAreKnown() =>
        Assert.That(InTreeBackends.Discover().Select(b => b.Name), Is.SupersetOf(new[] { "git", "hg", "memory", "svn" }));

    [Test]
    public void SelectionNarrowsInKnownOrder()
    {
        var known = Backends("git", "hg", "svn");
        Assert.That(BackendCatalog.Select(" svn , git ", known).Select(b => b.Name), Is.EqualTo(new[] { "git", "svn" }));
        Assert.That(BackendCatalog.Select(null, known), Is.SameAs(known));
    }

    [Test]
    public void UnknownBackendIsAClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => BackendCatalog.Select("git,cvs", Backends("git", "hg")))!;
        Assert.That(error.Message, Does.Contain("cvs").And.Contain("known: git, hg").And.Contain(BackendCatalog.SelectionVariable));
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
    public void OutsideBackendsAreRegisteredByVariable()
    {
        var registered = BackendRegistrations.Parse("fossil=/opt/fossil-anyvc , py=relative/backend.py");
        Assert.That(registered.Select(b => (b.Name, b.Program)), Is.EqualTo(new[]
        {
            ("fossil", "/opt/fossil-anyvc"),
            ("py", Path.GetFullPath("relative/backend.py")),
        }));
        Assert.That(registered[0].Origin, Is.EqualTo(BackendRegistrations.ExtraVariable));
        Assert.That(registered[0].IsAssembly, Is.False);
    }

    [TestCase("fossil", "must be name=program")]
    [TestCase("=/opt/x", "must be name=program")]
    [TestCase("Fossil=/opt/x", "lowercase")]
    public void AMalformedRegistrationSaysWhatIsExpected(string value, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => BackendRegistrations.Parse(value))!;
        Assert.That(error.Message, Does.Contain(expected));
    }

    [Test]
    public void OutsideBackendsAreRegisteredByFileWithArgumentsAndEnvironment()
    {
        using var scratch = new Scratch();
        var file = scratch.Combine("backends.json");
        File.WriteAllText(file, """{"backends": [{"name": "bzr", "program": "bin/bzr-anyvc.dll", "arguments": ["--quiet"], "environment": {"BZR_HOME": "/x"}}]}""");
        var backend = BackendRegistrations.Load(file).Single();
        Assert.That(backend.Program, Is.EqualTo(scratch.Combine("bin", "bzr-anyvc.dll")), "relative to the file");
        Assert.That(backend.Arguments, Is.EqualTo(new[] { "--quiet" }));
        Assert.That(backend.Environment["BZR_HOME"], Is.EqualTo("/x"));
        Assert.That(backend.IsAssembly, Is.True);
        File.WriteAllText(file, """{"backend": []}""");
        Assert.That(Assert.Throws<ArgumentException>(() => BackendRegistrations.Load(file))!.Message, Does.Contain(file).And.Contain("\"backends\""));
        Assert.That(Assert.Throws<ArgumentException>(() => BackendRegistrations.Load(scratch.Combine("missing.json")))!.Message, Does.Contain("does not exist"));
    }

    [Test]
    public void AnOutsideBackendCannotTakeAnInTreeName()
    {
        var error = Assert.Throws<ArgumentException>(() => BackendCatalog.Combine(Backends("git"), BackendRegistrations.Parse("git=/opt/other-git")))!;
        Assert.That(error.Message, Does.Contain("'git'").And.Contain(BackendRegistrations.ExtraVariable));
    }

    [Test]
    public void AMissingOutsideProgramNamesWhereItWasRegistered()
    {
        var backend = BackendRegistrations.Parse("ghost=/nonexistent/ghost-backend").Single();
        using var scratch = new Scratch();
        var error = Assert.Throws<FileNotFoundException>(() => backend.GatewayOptions(ChildEnvironment.Create(scratch.Path)))!;
        Assert.That(error.Message, Does.Contain("/nonexistent/ghost-backend").And.Contain(BackendRegistrations.ExtraVariable));
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

    private static IReadOnlyList<Backend> Backends(params string[] names) => names.Select(n => new Backend(n, $"/x/{n}.dll", "test")).ToList();
}
