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
        var history = new Branchy(repo);
        Assert.Multiple(() =>
        {
            Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(history.R4.Id));
            Assert.That(repo.GetBranch(Branchy.Release).Id, Is.EqualTo(history.P1.Id));
            Assert.That(history.P1.Parents.Select(p => p.Id), Is.EqualTo(new[] { history.ReleaseStart.Id }));
            Assert.That(history.P1.Root.Join("c.txt").ReadAllText(), Is.EqualTo("c-fix\n"));
            Assert.That(history.R4.Root.Join("c.txt").ReadAllText(), Is.EqualTo("c2\n"));
            Assert.That(repo.History().Select(r => r.Id), Does.Not.Contain(history.P1.Id));
        });
    }

    [Test]
    public void BranchesAreListedByNameWithTheirTips()
    {
        var history = new Branchy(repo);
        Assert.That(Listed(), Is.EqualTo(new[]
        {
            $"{Branchy.Feature}={history.F2.Id}", $"{repo.DefaultBranch}={history.R4.Id}", $"{Branchy.Release}={history.P1.Id}",
        }.OrderBy(s => s, StringComparer.Ordinal)));
    }

    [Test]
    public void RefNamesMayNestWithSlashes()
    {
        var first = Fixed.Commit(repo, "first", root => root.Join("a.txt").WriteAllText("a"));
        var deep = repo.CreateBranch("team/alice/topic", first, author: Fixed.Author, time: Fixed.At(1));
        var sibling = repo.CreateBranch("team/bob", first, author: Fixed.Author, time: Fixed.At(2));
        var onDeep = Branchy.OnBranch(repo, "team/alice/topic", "deep", root => root.Join("t.txt").WriteAllText("t"), 3);
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
        var main = Fixed.Commit(repo, "main", root => root.Join("a.txt").WriteAllText("a"));
        var orphan = Branchy.OnBranch(repo, "pages", "orphan", root => root.Join("index.html").WriteAllText("<p>"), 1, parents: []);
        Assert.Multiple(() =>
        {
            Assert.That(orphan.Parents, Is.Empty);
            Assert.That(orphan.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "index.html" }));
            Assert.That(repo.MergeBase(main, orphan), Is.Null);
            Assert.That(repo.IsAncestor(main, orphan), Is.False);
            Assert.That(repo.GetBranch("pages").Id, Is.EqualTo(orphan.Id));
            Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(main.Id));
        });
    }

    [Test]
    public void ADeletedBranchIsNotListedButItsRevisionsStay()
    {
        var history = new Branchy(repo);
        repo.DeleteBranch(Branchy.Release, author: Fixed.Author, time: Fixed.At(20));
        Assert.Multiple(() =>
        {
            Assert.That(repo.Branches().Select(b => b.Name), Does.Not.Contain(Branchy.Release));
            Assert.That(repo.GetRevision(history.P1.Id).Root.Join("c.txt").ReadAllText(), Is.EqualTo("c-fix\n"));
            Assert.Throws<NotFoundException>(() => repo.GetBranch(Branchy.Release));
        });
    }

    [Test]
    public void ADeletedBranchCanBeCreatedAgain()
    {
        var history = new Branchy(repo);
        repo.DeleteBranch(Branchy.Release, author: Fixed.Author, time: Fixed.At(20));
        var again = repo.CreateBranch(Branchy.Release, history.R0, author: Fixed.Author, time: Fixed.At(21));
        var onIt = Branchy.OnBranch(repo, Branchy.Release, "again", root => root.Join("n.txt").WriteAllText("n"), 22);
        Assert.Multiple(() =>
        {
            Assert.That(repo.GetBranch(Branchy.Release).Id, Is.EqualTo(onIt.Id));
            Assert.That(onIt.Parents.Single().Id, Is.EqualTo(again.Id));
            Assert.That(onIt.Root.List().Select(e => e.Name), Is.EqualTo(new[] { "a.txt", "d", "n.txt" }));
            Assert.That(repo.IsAncestor(history.P1, onIt), Is.False, "the new branch does not continue the deleted one");
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
        var other = Branchy.OnBranch(repo, "other", "other root", root => root.Join("o.txt").WriteAllText("o"), 0, parents: []);
        Assert.That(repo.GetDefaultHead(), Is.Null);
        var main = Branchy.OnBranch(repo, repo.DefaultBranch, "main from other", root => root.Join("m.txt").WriteAllText("m"), 1, parents: [other]);
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
        var error = Assert.Throws<NotFoundException>(() => Branchy.OnBranch(repo, "nope", "lost", root => root.Join("b.txt").WriteAllText("b"), 1));
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
        Assert.Throws<InvalidNameException>(() => Branchy.OnBranch(repo, name, "x", root => root.Join("b.txt").WriteAllText("b"), 2, parents: [first]));
        Assert.That(repo.Branches().Select(b => b.Name), Is.EqualTo(new[] { repo.DefaultBranch }));
        Assert.That(repo.Log(new LogQuery { AllBranches = true }).Count(), Is.EqualTo(1));
    }

    [Test]
    public void ACommitOntoABranchContinuesItsTip()
    {
        var history = new Branchy(repo);
        var error = Assert.Throws<AlreadyExistsException>(() =>
            Branchy.OnBranch(repo, Branchy.Feature, "stale", root => root.Join("z.txt").WriteAllText("z"), 30, parents: [history.F1]));
        Assert.That(error!.Message, Does.Contain(Branchy.Feature).And.Contain(history.F2.Id));
        Assert.That(repo.GetBranch(Branchy.Feature).Id, Is.EqualTo(history.F2.Id));
    }

    [Test]
    public void RefNamesAndHeadResolveToRevisions()
    {
        var history = new Branchy(repo);
        Assert.Multiple(() =>
        {
            Assert.That(repo.Resolve(Branchy.Feature).Id, Is.EqualTo(history.F2.Id));
            Assert.That(repo.Resolve(repo.DefaultBranch).Id, Is.EqualTo(history.R4.Id));
            Assert.That(repo.Resolve("HEAD").Id, Is.EqualTo(history.R4.Id));
            Assert.That(repo.Resolve(history.R1.Id).Id, Is.EqualTo(history.R1.Id));
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
        var history = new Branchy(repo);
        var expected = new[] { history.F2, history.F1, history.FeatureStart, history.R1, history.R0 }.Select(r => r.Id).Distinct();
        Assert.That(repo.Log(new LogQuery { From = [Branchy.Feature] }).Select(r => r.Id), Is.EqualTo(expected));
    }

    [Test]
    public void ALogOfAllBranchesListsEveryLiveRevisionOnceNewestFirst()
    {
        var history = new Branchy(repo);
        var all = repo.Log(new LogQuery { AllBranches = true }).ToList();
        var expected = new[] { history.R4, history.M, history.R3, history.P1, history.ReleaseStart, history.F2, history.R2, history.F1, history.FeatureStart, history.R1, history.R0 }
            .Select(r => r.Id).Distinct();
        Assert.That(all.Select(r => r.Id), Is.EquivalentTo(expected).And.Unique);
        Assert.That(all.Select(r => r.Time), Is.Ordered.Descending);
    }

    [Test]
    public void TheMergeBaseOfTwoBranchesIsWhereTheyForked()
    {
        var history = new Branchy(repo);
        Assert.Multiple(() =>
        {
            Assert.That(repo.MergeBase(history.P1, history.F2)!.Id, Is.EqualTo(history.R1.Id));
            Assert.That(repo.MergeBase(history.P1, history.R3)!.Id, Is.EqualTo(history.R2.Id));
            Assert.That(repo.IsAncestor(history.F1, history.R3), Is.False);
        });
    }

    [Test]
    public void BranchesOutliveTheRepositoryHandle()
    {
        var history = new Branchy(repo);
        var expected = Listed();
        repo.Dispose();
        repo = Mgr.OpenRepo("repo");
        Assert.That(Listed(), Is.EqualTo(expected));
        Assert.That(repo.GetBranch(Branchy.Release).Id, Is.EqualTo(history.P1.Id));
    }

    private IEnumerable<string> Listed() => repo.Branches().Select(b => $"{b.Name}={b.Tip.Id}");
}
