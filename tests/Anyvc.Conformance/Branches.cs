using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Named branches: list, create, commit onto, start with no history, delete, resolve.</summary>
[BackendFixture, RequiresFeature(Feature.Branches)]
public class Branches(Backend backend) : BackendTest(backend)
{
    private Repository repo = null!;

    [SetUp]
    public void Start() => repo = Mgr.MakeRepo("repo");

    [Test]
    public void TheDefaultBranchIsListedFromItsFirstCommit()
    {
        Assert.That(repo.Branches(), Is.Empty);
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        Assert.That(Listed(), Is.EqualTo(new[] { $"{repo.DefaultBranch}={first.Id}" }));
    }

    [Test]
    public void TheDefaultBranchHasTheToolsOwnName()
    {
        var expected = new Dictionary<string, string> { ["git"] = "main", ["hg"] = "default", ["svn"] = "trunk", ["memory"] = "main" };
        Assume.That(expected.ContainsKey(Backend.Name), $"no expectation for backend {Backend.Name}");
        Assert.That(repo.DefaultBranch, Is.EqualTo(expected[Backend.Name]));
    }

    [Test, RequiresFeature(Feature.LightweightBranches)]
    public void ALightweightBranchStartsAtTheRevisionItWasCreatedAt()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var tip = repo.CreateBranch("topic", first, author: Fixed.Author, time: Fixed.At(1));
        Assert.That(tip.Id, Is.EqualTo(first.Id));
        Assert.That(repo.GetBranch("topic").Id, Is.EqualTo(first.Id));
        repo.DeleteBranch("topic");
        Assert.That(repo.History().Select(r => r.Id), Is.EqualTo(new[] { first.Id }));
        Assert.That(repo.Log(new LogQuery { AllBranches = true }).Select(r => r.Id), Is.EqualTo(new[] { first.Id }), "no revision was added");
    }

    [Test]
    public void ABranchStartsWithTheTreeOfItsRevision()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var tip = repo.CreateBranch("topic", first, "start topic", Fixed.Author, Fixed.At(1));
        Assert.That(repo.GetBranch("topic").Id, Is.EqualTo(tip.Id));
        Assert.That(repo.ChangedFiles(first, tip), Is.Empty);
        if (tip.Id != first.Id)
            Assert.Multiple(() =>
            {
                Assert.That(repo.Backend.Supports(Feature.LightweightBranches), Is.False, "a lightweight branch adds no revision");
                Assert.That(tip.Parents.Select(p => p.Id), Is.EqualTo(new[] { first.Id }), "the branch's own revision follows the revision it starts at");
                Assert.That((tip.Message, tip.Author, tip.Time), Is.EqualTo(("start topic", Fixed.Author, Fixed.At(1))));
            });
    }

    [Test]
    public void CommitsOntoABranchLeaveTheDefaultLineAlone()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        var start = h["p1"].Parents.Single();
        Assert.Multiple(() =>
        {
            Assert.That(h.NamedOnly(h.Repository.History())[0], Is.EqualTo("r4"));
            Assert.That(h.Repository.GetBranch("release/1.0").Id, Is.EqualTo(h["p1"].Id));
            Assert.That(start.Id == h["r2"].Id || h.Names(start.Parents).SequenceEqual(["r2"]), Is.True, "the branch starts at r2, or at a revision of its own on it");
            Assert.That(h["p1"].Root.Join("c.txt").ReadAllText(), Is.EqualTo("c-fix\n"));
            Assert.That(h["r4"].Root.Join("c.txt").ReadAllText(), Is.EqualTo("c2\n"));
            Assert.That(h.Names(h.Repository.History()), Does.Not.Contain("p1"));
        });
    }

    [Test]
    public void BranchesAreListedByNameWithTheirTips()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        var branches = h.Repository.Branches();
        var defaultTip = branches.Single(b => b.Name == h.Repository.DefaultBranch).Tip;
        Assert.Multiple(() =>
        {
            Assert.That(branches.Select(b => b.Name), Is.EqualTo(new[] { "feature/x", h.Repository.DefaultBranch, "release/1.0" }.Order(StringComparer.Ordinal)));
            Assert.That(h.Names(branches.Where(b => b.Name != h.Repository.DefaultBranch).Select(b => b.Tip)), Is.EqualTo(new[] { "f2", "p1" }));
            Assert.That(h.Repository.IsAncestor(h["r4"], defaultTip), Is.True, "the default tip is r4, or hg's .hgtags commit on it");
            if (h.Repository.Backend.Supports(Feature.LightweightTags))
                Assert.That(defaultTip.Id, Is.EqualTo(h["r4"].Id));
        });
    }

    [Test]
    public void RefNamesMayNestWithSlashes()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var deep = repo.CreateBranch("team/alice/topic", first, author: Fixed.Author, time: Fixed.At(1));
        var sibling = repo.CreateBranch("team/bob", first, author: Fixed.Author, time: Fixed.At(2));
        var onDeep = Fixed.OnBranch(repo, "team/alice/topic", "deep", root => root.Join("t.txt").WriteAllText("t"), 3);
        Assert.Multiple(() =>
        {
            Assert.That(repo.GetBranch("team/alice/topic").Id, Is.EqualTo(onDeep.Id));
            Assert.That(repo.GetBranch("team/bob").Id, Is.EqualTo(sibling.Id));
            Assert.That(onDeep.Parents.Single().Id, Is.EqualTo(deep.Id));
            Assert.That(onDeep.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "a.txt", "t.txt" }), "a branch's tree is its own, not its directory in a layout");
        });
    }

    [Test]
    public void ABranchWithNoCommonHistoryStartsFromNothing()
    {
        var h = Mgr.MakeRepo("declared", history: "orphans");
        var orphan = h["g0"];
        Assert.Multiple(() =>
        {
            Assert.That(orphan.Parents, Is.Empty);
            Assert.That(orphan.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "index.html" }));
            Assert.That(h.Repository.MergeBase(h["m0"], orphan), Is.Null);
            Assert.That(h.Repository.IsAncestor(h["m0"], orphan), Is.False);
            Assert.That(h.Repository.GetBranch("pages").Id, Is.EqualTo(h["g1"].Id));
            Assert.That(h.Repository.GetDefaultHead()!.Id, Is.EqualTo(h["m3"].Id));
        });
    }

    [Test]
    public void ADeletedBranchIsNotListedButItsRevisionsStay()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        h.Repository.DeleteBranch("release/1.0", author: Fixed.Author, time: Fixed.At(20));
        Assert.Multiple(() =>
        {
            Assert.That(h.Repository.Branches().Select(b => b.Name), Does.Not.Contain("release/1.0"));
            Assert.That(h.Repository.GetRevision(h["p1"].Id).Root.Join("c.txt").ReadAllText(), Is.EqualTo("c-fix\n"));
            Assert.Throws<NotFoundException>(() => h.Repository.GetBranch("release/1.0"));
        });
    }

    [Test]
    public void ADeletedBranchCanBeCreatedAgain()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        h.Repository.DeleteBranch("release/1.0", author: Fixed.Author, time: Fixed.At(20));
        var again = h.Repository.CreateBranch("release/1.0", h["r0"], author: Fixed.Author, time: Fixed.At(21));
        var onIt = Fixed.OnBranch(h.Repository, "release/1.0", "again", root => root.Join("n.txt").WriteAllText("n"), 22);
        Assert.Multiple(() =>
        {
            Assert.That(h.Repository.GetBranch("release/1.0").Id, Is.EqualTo(onIt.Id));
            Assert.That(onIt.Parents.Single().Id, Is.EqualTo(again.Id));
            Assert.That(onIt.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "a.txt", "d", "n.txt" }));
            Assert.That(h.Repository.IsAncestor(h["p1"], onIt), Is.False, "the new branch does not continue the deleted one");
        });
    }

    [Test]
    public void NestedNamesCannotLieInsideEachOtherUntilOneIsDeleted()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        repo.CreateBranch("team/topic", first, author: Fixed.Author, time: Fixed.At(1));
        var error = Assert.Throws<AlreadyExistsException>(() => repo.CreateBranch("team", first, author: Fixed.Author, time: Fixed.At(2)));
        Assert.That(error!.Message, Does.Contain("'team/topic'"));
        Assert.Throws<AlreadyExistsException>(() => repo.CreateBranch("team/topic/sub", first, author: Fixed.Author, time: Fixed.At(2)));
        repo.DeleteBranch("team/topic", author: Fixed.Author, time: Fixed.At(3));
        var team = repo.CreateBranch("team", first, author: Fixed.Author, time: Fixed.At(4));
        Assert.That(repo.GetBranch("team").Id, Is.EqualTo(team.Id));
    }

    [Test]
    public void TheDefaultBranchMayStartFromAnotherBranch()
    {
        var other = Fixed.OnBranch(repo, "other", "other root", root => root.Join("o.txt").WriteAllText("o"), 0, parents: []);
        Assert.That(repo.GetDefaultHead(), Is.Null);
        var main = Fixed.OnBranch(repo, repo.DefaultBranch, "main from other", root => root.Join("m.txt").WriteAllText("m"), 1, parents: [other]);
        Assert.Multiple(() =>
        {
            Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(main.Id));
            Assert.That(main.Parents.Select(p => p.Id), Is.EqualTo(new[] { other.Id }));
            Assert.That(main.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "m.txt", "o.txt" }));
            Assert.That(main.ChangedFiles, Is.EqualTo(new[] { "m.txt" }));
        });
    }

    [Test]
    public void TheDefaultBranchCannotBeDeleted()
    {
        Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var error = Assert.Throws<InvalidNameException>(() => repo.DeleteBranch(repo.DefaultBranch));
        Assert.That(error!.Message, Does.Contain(repo.DefaultBranch));
        Assert.That(repo.Branches(), Has.Count.EqualTo(1));
    }

    [Test]
    public void AnUnknownBranchIsNotFoundByName()
    {
        Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<NotFoundException>(() => repo.DeleteBranch("nope"))!.Message, Does.Contain("'nope'"));
            Assert.That(Assert.Throws<NotFoundException>(() => repo.GetBranch("nope"))!.Message, Does.Contain("'nope'").And.Contain(repo.DefaultBranch));
            Assert.That(Assert.Throws<NotFoundException>(() => repo.Resolve("nope"))!.Message, Does.Contain("'nope'"));
        });
    }

    [Test]
    public void CommittingOntoAnUnknownBranchNeedsParents()
    {
        Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var error = Assert.Throws<NotFoundException>(() => Fixed.OnBranch(repo, "nope", "lost", root => root.Join("b.txt").WriteAllText("b"), 1));
        Assert.That(error!.Message, Does.Contain("'nope'"));
        Assert.That(repo.Branches().Select(b => b.Name), Is.EqualTo(new[] { repo.DefaultBranch }));
    }

    [Test]
    public void AnExistingBranchCannotBeCreatedAgain()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var tip = repo.CreateBranch("topic", first, author: Fixed.Author, time: Fixed.At(1));
        Assert.Throws<AlreadyExistsException>(() => repo.CreateBranch("topic", first, author: Fixed.Author, time: Fixed.At(2)));
        Assert.Throws<AlreadyExistsException>(() => repo.CreateBranch(repo.DefaultBranch, first, author: Fixed.Author, time: Fixed.At(2)));
        Assert.That(repo.GetBranch("topic").Id, Is.EqualTo(tip.Id));
    }

    [TestCase("")]
    [TestCase("two words")]
    [TestCase("-dash")]
    [TestCase("trailing/")]
    [TestCase("a..b")]
    [TestCase("x.lock")]
    [TestCase(".hidden")]
    [TestCase("HEAD")]
    [TestCase("42")]
    [TestCase("r7")]
    [TestCase("what?")]
    public void MalformedRefNamesAreRefusedBeforeAnythingIsWritten(string name)
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        Assert.Throws<InvalidNameException>(() => repo.CreateBranch(name, first, author: Fixed.Author, time: Fixed.At(1)));
        Assert.Throws<InvalidNameException>(() => Fixed.OnBranch(repo, name, "x", root => root.Join("b.txt").WriteAllText("b"), 2, parents: [first]));
        Assert.That(repo.Branches().Select(b => b.Name), Is.EqualTo(new[] { repo.DefaultBranch }));
        Assert.That(repo.Log(new LogQuery { AllBranches = true }).Count(), Is.EqualTo(1));
    }

    [Test]
    public void ACommitOntoABranchContinuesItsTip()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        var error = Assert.Throws<AlreadyExistsException>(() =>
            Fixed.OnBranch(h.Repository, "feature/x", "stale", root => root.Join("z.txt").WriteAllText("z"), 30, parents: [h["f1"]]));
        Assert.That(error!.Message, Does.Contain("feature/x").And.Contain(h["f2"].Id));
        Assert.That(h.Repository.GetBranch("feature/x").Id, Is.EqualTo(h["f2"].Id));
    }

    [Test]
    public void RefNamesAndHeadResolveToRevisions()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        var tip = h.Repository.GetBranch(h.Repository.DefaultBranch);
        Assert.Multiple(() =>
        {
            Assert.That(h.Repository.Resolve("feature/x").Id, Is.EqualTo(h["f2"].Id));
            Assert.That(h.Repository.Resolve(h.Repository.DefaultBranch).Id, Is.EqualTo(tip.Id));
            Assert.That(h.Repository.Resolve("HEAD").Id, Is.EqualTo(tip.Id));
            Assert.That(h.Repository.Resolve(h["r1"].Id).Id, Is.EqualTo(h["r1"].Id));
            Assert.That(h.Repository.Resolve("v1.0").Id, Is.EqualTo(h["p1"].Id), "and tags");
        });
    }

    [Test]
    public void TheBackendsOwnShortFormsResolve()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        // svn's short form is "r5"; hash backends take a unique prefix.
        var shortForm = first.Id.All(char.IsAsciiDigit) ? "r" + first.Id : first.Id[..8];
        Assert.That(repo.Resolve(shortForm).Id, Is.EqualTo(first.Id));
        Assert.That(repo.Resolve(first.Id.ToUpperInvariant() == first.Id ? first.Id : first.Id.ToUpperInvariant()[..12]).Id, Is.EqualTo(first.Id), "ids are not case-sensitive");
    }

    [Test]
    public void ABranchNameWinsOverAnIdPrefix()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var second = Fixed.Commit(repo, "second", root => root.Join("a.txt").WriteAllText("b"), minute: 1);
        // A prefix that is not all digits (svn ids are numbers: then any hex-looking name will do).
        var prefix = Enumerable.Range(6, Math.Max(0, second.Id.Length - 5)).Select(n => second.Id[..n]).FirstOrDefault(p => p.Any(char.IsAsciiLetter)) ?? "deadbeef";
        var named = repo.CreateBranch(prefix, first, author: Fixed.Author, time: Fixed.At(2));
        Assert.That(repo.Resolve(prefix).Id, Is.EqualTo(named.Id));
    }

    [Test]
    public void ALogOfABranchStartsAtItsTip()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        var log = h.Repository.Log(new LogQuery { From = ["feature/x"] }).ToList();
        Assert.That(h.NamedOnly(log), Is.EqualTo(new[] { "f2", "f1", "r1", "r0" }));
        Assert.That(log, Has.Count.EqualTo(h.Repository.Backend.Supports(Feature.LightweightBranches) ? 4 : 5), "and the branch's own revision where it has one");
    }

    [Test]
    public void ALogOfAllBranchesListsEveryLiveRevisionOnceNewestFirst()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        var all = h.Repository.Log(new LogQuery { AllBranches = true }).ToList();
        Assert.That(h.NamedOnly(all), Is.EquivalentTo(h.Ids.Keys));
        Assert.That(all.Select(r => r.Id), Is.Unique);
        Assert.That(all.Select(r => r.Time), Is.Ordered.Descending);
        if (h.Repository.Backend.Supports(Feature.LightweightBranches | Feature.LightweightTags))
            Assert.That(all, Has.Count.EqualTo(h.Ids.Count), "names add no revision");
    }

    [Test]
    public void TheMergeBaseOfTwoBranchesIsWhereTheyForked()
    {
        var h = Mgr.MakeRepo("declared", history: "branchy");
        Assert.Multiple(() =>
        {
            Assert.That(h.Repository.MergeBase(h["p1"], h["f2"])!.Id, Is.EqualTo(h["r1"].Id));
            Assert.That(h.Repository.MergeBase(h["p1"], h["r3"])!.Id, Is.EqualTo(h["r2"].Id));
            Assert.That(h.Repository.IsAncestor(h["f1"], h["r3"]), Is.False);
        });
    }

    [Test]
    public void BranchesOutliveTheRepositoryHandle()
    {
        repo = Mgr.MakeRepo("declared", history: "branchy").Repository;
        var expected = Listed();
        repo.Dispose();
        repo = Mgr.OpenRepo("declared");
        Assert.That(Listed(), Is.EqualTo(expected));
        Assert.That(repo.GetBranch("release/1.0").Id, Is.EqualTo(repo.Resolve("v1.0").Id), "p1, tagged v1.0");
    }

    private IEnumerable<string> Listed() => repo.Branches().Select(b => $"{b.Name}={b.Tip.Id}");
}
