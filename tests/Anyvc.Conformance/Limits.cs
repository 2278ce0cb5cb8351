using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>
/// Values at the edge of what tools can store. A backend keeps each exactly, or refuses it before anything is written,
/// with an error naming the value and the limit; it never stores something else, or breaks the repository.
/// </summary>
[BackendFixture]
public class Limits(Backend backend) : BackendTest(backend)
{
    private static readonly DateTimeOffset Moonwalk = new(1969, 7, 20, 20, 17, 40, TimeSpan.Zero);

    [TestCase("nul \0 inside")]
    [TestCase("carriage\r\nreturn")]
    [TestCase("bell \a and escape \u001b")]
    [TestCase("trailing whitespace \n\n  ")]
    [TestCase("")]
    public void AMessageIsKeptExactlyOrRefused(string message) =>
        KeptOrRefused<FeatureNotSupportedException>(repo => Commit(repo, message, Fixed.Author, Fixed.When),
            revision => Assert.That(revision.Message, Is.EqualTo(message)), "message");

    [Test]
    public void AMessageOfHalfAMegabyteIsKept()
    {
        var message = string.Join('\n', Enumerable.Range(0, 512 * 1024 / 16).Select(i => $"line {i,10}"));
        var repo = Mgr.MakeRepo("repo");
        Assert.That(Commit(repo, message, Fixed.Author, Fixed.When).Message, Is.EqualTo(message));
    }

    [TestCase("nul \0 inside <nul@example.invalid>")]
    [TestCase("line\nbreak <lb@example.invalid>")]
    public void AnAuthorIsKeptExactlyOrRefused(string author) =>
        KeptOrRefused<FeatureNotSupportedException>(repo => Commit(repo, "m", author, Fixed.When),
            revision => Assert.That(revision.Author, Is.EqualTo(author)), "author");

    [TestCase(0)]
    [TestCase(1)]
    public void ATimeAtOrBefore1970IsKeptExactlyOrRefused(int which)
    {
        var time = which == 0 ? DateTimeOffset.UnixEpoch : Moonwalk;
        KeptOrRefused<FeatureNotSupportedException>(repo => Commit(repo, "old", Fixed.Author, time),
            revision => Assert.That(revision.Time.UtcDateTime, Is.EqualTo(time.UtcDateTime)), "1970");
    }

    [TestCase(" ")]
    [TestCase("a/ ")]
    [TestCase("trailing space ")]
    [TestCase("line\nbreak")]
    [TestCase("carriage\rreturn")]
    [TestCase("tab\there")]
    [TestCase("control\u0001char")]
    [TestCase("-starts-with-dash")]
    [TestCase("percent%41escape")]
    public void APathIsKeptExactlyOrRefused(string path) =>
        KeptOrRefused<InvalidRepoPathException>(repo =>
        {
            using var tx = repo.Transaction("path", Fixed.Author, Fixed.When);
            tx.Root.Join(path).WriteAllText("content");
            return tx.Commit();
        }, revision => Assert.That(revision.Root.Join(path).ReadAllText(), Is.EqualTo("content")), "path");

    [TestCase("repo with space")]
    [TestCase("repo@2")]
    [TestCase("repo#fragment")]
    [TestCase("repo%41")]
    [TestCase("ünï")]
    public void ARepositoryDirectoryMayHoldAnyCharacter(string name)
    {
        var made = Commit(Mgr.MakeRepo(name), "in an unusual directory", Fixed.Author, Fixed.When);
        var reopened = Mgr.OpenRepo(name);
        Assert.That(reopened.GetDefaultHead()!.Id, Is.EqualTo(made.Id));
        Assert.That(reopened.GetDefaultHead()!.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a"));
        Assert.That(Commit(reopened, "again", Fixed.Author, Fixed.At(1)).Parents.Single().Id, Is.EqualTo(made.Id));
    }

    private static Revision Commit(Repository repo, string message, string author, DateTimeOffset time)
    {
        using var tx = repo.Transaction(message, author, time);
        tx.Root.Join("a.txt").WriteAllText("a");
        return tx.Commit();
    }

    /// <summary>
    /// Either <paramref name="commit"/> succeeds and <paramref name="check"/> holds, or it fails with
    /// <typeparamref name="TRefusal"/> naming the backend and <paramref name="named"/>, and leaves the repository as it was.
    /// </summary>
    private void KeptOrRefused<TRefusal>(Func<Repository, Revision> commit, Action<Revision> check, string named) where TRefusal : AnyvcException
    {
        var repo = Mgr.MakeRepo("repo");
        var before = Commit(repo, "before", Fixed.Author, Fixed.At(-1));
        Revision revision;
        try
        {
            revision = commit(repo);
        }
        catch (TRefusal refusal)
        {
            Assert.That(refusal.Message, Does.StartWith(Backend.Name + ": ").And.Contain(named), "the refusal names the backend and the kind of value");
            Assert.That(repo.GetDefaultHead()!.Id, Is.EqualTo(before.Id), "a refused commit writes nothing");
            Assert.Pass($"refused: {refusal.Message}");
            return;
        }
        check(repo.GetRevision(revision.Id));
    }
}
