using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>Objects in the child end when their proxies say so, and never while something still uses them.</summary>
[BackendFixture]
public class Lifetime(Backend backend) : BackendTest(backend)
{
    [Test]
    public void ADisposedRepositoryLivesUntilItsOpenTransactionEnds()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "base", root => root.Join("a.txt").WriteAllText("a"));
        Revision committed;
        using (var tx = repo.Transaction("after dispose", Fixed.Author, Fixed.At(1)))
        {
            tx.Root.Join("b.txt").WriteAllText("b");
            repo.Dispose();
            Assert.That(tx.Root.Join("a.txt").ReadAllText(), Is.EqualTo("a"), "the transaction still reads its parent");
            committed = tx.Commit();
        }
        Assert.Throws<ObjectDisposedException>(() => _ = repo.Count);
        Assert.Throws<ObjectDisposedException>(() => _ = committed.Message);
        var reopened = Mgr.OpenRepo("repo");
        Assert.That(reopened.GetDefaultHead()!.Id, Is.EqualTo(committed.Id));
        Assert.That(reopened.GetDefaultHead()!.Root.Join("b.txt").ReadAllText(), Is.EqualTo("b"));
    }

    [Test]
    public void DisposingARepositoryTwiceOrAfterItsTransactionsIsHarmless()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "base", root => root.Join("a.txt").WriteAllText("a"));
        repo.Dispose();
        repo.Dispose();
        Assert.That(Mgr.OpenRepo("repo").Count, Is.EqualTo(1));
    }
}
