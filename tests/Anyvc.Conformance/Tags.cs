using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Tags: create at a revision, list, resolve, delete; plain and annotated; names shared with branches.</summary>
[BackendFixture, RequiresFeature(Feature.Tags)]
public class Tags(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;
    private Revision first = null!;
    private Revision second = null!;

    [SetUp]
    public void Start()
    {
        repo = Mgr.MakeRepo("repo");
        first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("1\n"));
        second = Fixed.Commit(repo, "second", root => root.Join("a.txt").WriteAllText("2\n"), minute: 1);
    }

    [Test]
    public void ATagNamesTheRevisionItWasCreatedAt()
    {
        var tag = repo.CreateTag("v1.0", first, author: Fixed.Author, time: Fixed.At(5));
        Assert.Multiple(() =>
        {
            Assert.That(tag.Name, Is.EqualTo("v1.0"));
            Assert.That(tag.Target.Id, Is.EqualTo(first.Id));
            Assert.That(repo.GetTag("v1.0").Target.Id, Is.EqualTo(first.Id));
            Assert.That(repo.GetTag("v1.0").Target.Root.Join("a.txt").ReadAllText(), Is.EqualTo("1\n"));
        });
    }

    [Test]
    public void TagsAreListedByName()
    {
        repo.CreateTag("v2", second, author: Fixed.Author, time: Fixed.At(5));
        repo.CreateTag("release/v1", first, author: Fixed.Author, time: Fixed.At(6));
        repo.CreateTag("a-first", first, author: Fixed.Author, time: Fixed.At(7));
        Assert.That(repo.Tags().Select(t => $"{t.Name}={t.Target.Id}"),
            Is.EqualTo(new[] { $"a-first={first.Id}", $"release/v1={first.Id}", $"v2={second.Id}" }));
    }

    [Test]
    public void ARepositoryStartsWithoutTags() => Assert.That(Mgr.MakeRepo("empty").Tags(), Is.Empty);

    [Test]
    public void ATagNameResolvesToItsRevision()
    {
        repo.CreateTag("v1.0", first, author: Fixed.Author, time: Fixed.At(5));
        Assert.That(repo.Resolve("v1.0").Id, Is.EqualTo(first.Id));
        Assert.That(repo.Log(new LogQuery { From = ["v1.0"] }).Select(r => r.Id), Is.EqualTo(new[] { first.Id }));
    }

    [Test]
    public void ATagWinsOverABranchOfTheSameName()
    {
        Assume.That(repo.Backend.Supports(Feature.Branches), "the backend has no branches");
        var branchTip = repo.CreateBranch("same", second, author: Fixed.Author, time: Fixed.At(5));
        repo.CreateTag("same", first, author: Fixed.Author, time: Fixed.At(6));
        Assert.Multiple(() =>
        {
            Assert.That(repo.GetTag("same").Target.Id, Is.EqualTo(first.Id));
            Assert.That(repo.GetBranch("same").Id, Is.EqualTo(branchTip.Id));
            Assert.That(repo.Resolve("same").Id, Is.EqualTo(first.Id), "as in git and hg, the tag wins");
        });
    }

    [Test]
    public void AnExistingTagCannotBeCreatedAgain()
    {
        repo.CreateTag("v1.0", first, author: Fixed.Author, time: Fixed.At(5));
        var error = Assert.Throws<AlreadyExistsException>(() => repo.CreateTag("v1.0", second, author: Fixed.Author, time: Fixed.At(6)));
        Assert.That(error!.Message, Does.Contain("'v1.0'"));
        Assert.That(repo.GetTag("v1.0").Target.Id, Is.EqualTo(first.Id));
    }

    [Test]
    public void ADeletedTagIsGoneAndCanBeCreatedAgain()
    {
        repo.CreateTag("v1.0", first, author: Fixed.Author, time: Fixed.At(5));
        repo.DeleteTag("v1.0", author: Fixed.Author, time: Fixed.At(6));
        Assert.That(repo.Tags(), Is.Empty);
        Assert.Throws<NotFoundException>(() => repo.GetTag("v1.0"));
        repo.CreateTag("v1.0", second, author: Fixed.Author, time: Fixed.At(7));
        Assert.That(repo.GetTag("v1.0").Target.Id, Is.EqualTo(second.Id));
    }

    [Test]
    public void AnUnknownTagIsNotFoundByName()
    {
        Assert.That(Assert.Throws<NotFoundException>(() => repo.DeleteTag("nope"))!.Message, Does.Contain("'nope'"));
        Assert.That(Assert.Throws<NotFoundException>(() => repo.GetTag("nope"))!.Message, Does.Contain("'nope'"));
    }

    [TestCase("")]
    [TestCase("with space")]
    [TestCase("v1..2")]
    [TestCase("HEAD")]
    [TestCase("123")]
    public void MalformedTagNamesAreRefused(string name)
    {
        var error = Assert.Throws<InvalidNameException>(() => repo.CreateTag(name, first, author: Fixed.Author, time: Fixed.At(5)));
        Assert.That(error!.Message, Does.Contain("tag name"));
        Assert.That(repo.Tags(), Is.Empty);
    }

    [Test, RequiresFeature(Feature.AnnotatedTags)]
    public void AnAnnotatedTagKeepsItsMessageAuthorAndTime()
    {
        repo.CreateTag("v1.0", first, "Release 1.0\n\nThe first one.\n", Fixed.Author, Fixed.At(5));
        var tag = repo.GetTag("v1.0");
        Assert.That((tag.Message, tag.Author, tag.Time?.ToUniversalTime()), Is.EqualTo(("Release 1.0\n\nThe first one.\n", Fixed.Author, Fixed.At(5).ToUniversalTime())));
        Assert.That(tag.Target.Id, Is.EqualTo(first.Id));
    }

    [Test, RequiresFeature(Feature.LightweightTags)]
    public void ALightweightTagAddsNoRevision()
    {
        var tag = repo.CreateTag("plain", first);
        Assert.That((tag.Message, tag.Author, tag.Time), Is.EqualTo(((string?)null, (string?)null, (DateTimeOffset?)null)), "a plain tag has no metadata");
        repo.DeleteTag("plain");
        Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(second.Id));
        Assert.That(repo.Count, Is.EqualTo(2));
    }

    [Test]
    public void TaggingKeepsTheTaggedTreeAndTheDefaultContentAlone()
    {
        repo.CreateTag("v1.0", first, author: Fixed.Author, time: Fixed.At(5));
        var head = repo.GetDefaultHead()!;
        Assert.Multiple(() =>
        {
            Assert.That(head.Root.Join("a.txt").ReadAllText(), Is.EqualTo("2\n"));
            Assert.That(repo.ChangedFiles(second, head).Where(p => p != ".hgtags"), Is.Empty, "hg's tag commit changes .hgtags only");
            Assert.That(repo.IsAncestor(second, head), Is.True);
        });
    }

    [Test]
    public void TagsOutliveTheRepositoryHandle()
    {
        repo.CreateTag("v1.0", first, "annotated", Fixed.Author, Fixed.At(5));
        repo.CreateTag("v2.0", second, author: Fixed.Author, time: Fixed.At(6));
        var expected = repo.Tags().Select(t => $"{t.Name}={t.Target.Id}:{t.Message}").ToList();
        repo.Dispose();
        repo = Mgr.OpenRepo("repo");
        Assert.That(repo.Tags().Select(t => $"{t.Name}={t.Target.Id}:{t.Message}"), Is.EqualTo(expected));
    }

    [Test]
    public void TheTagsOfADeclaredHistoryNameTheirReleases()
    {
        var h = Mgr.MakeRepo("releases", history: "releases");
        var tags = h.Repository.Tags();
        Assert.Multiple(() =>
        {
            Assert.That(tags.Select(t => $"{t.Name}={h.Names([t.Target])[0]}"), Is.EqualTo(new[] { "v1.0=r1a", "v1.1=r1b", "v2.0=r2a" }));
            if (h.Repository.Backend.Supports(Feature.AnnotatedTags))
                Assert.That(tags.Select(t => t.Message), Is.EqualTo(new[] { "Release 1.0", "Release 1.1", "Release 2.0" }));
            Assert.That(h.Repository.Resolve("v1.1").Root.Join("src/core.c").ReadAllText(), Is.EqualTo("core 1 fixed\n"));
        });
    }
}
