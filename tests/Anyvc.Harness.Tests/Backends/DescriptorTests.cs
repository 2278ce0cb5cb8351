using Anyvc.Fixtures;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// A child's descriptors stay flat however many transactions it serves (an svn child once grew from 94 to 412 over
/// 150, because finished tools' pipes waited for a garbage collection). <c>ANYVC_CAMPAIGN_TRANSACTIONS</c> sets how many.
/// </summary>
public class DescriptorTests
{
    private static readonly int Transactions = Campaign.Size("ANYVC_CAMPAIGN_TRANSACTIONS", 40);

    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("memory", Category = "memory")]
    [TestCase("svn", Category = "svn")]
    public void DescriptorsStayFlatOverManyTransactions(string backend)
    {
        using var scratch = new Scratch();
        using var child = BackendProcess.Start(backend, ChildEnvironment.Create(scratch.Combine("child")));
        var repo = child.CreateRepository(scratch.Combine("repo"));
        Commit(repo, 0, 10);
        var warm = ChildResources.Of(child.Gateway.ProcessId)!.Value;
        Commit(repo, 10, Transactions);
        var after = ChildResources.Of(child.Gateway.ProcessId)!.Value;
        TestContext.Out.WriteLine($"{backend}: {warm.Descriptors} descriptors and {warm.Threads} threads after 10 transactions, {after.Descriptors} and {after.Threads} after {Transactions} more");
        Assert.That(after.Descriptors - warm.Descriptors, Is.LessThanOrEqualTo(8), "descriptors grew with transactions");
    }

    /// <summary>
    /// Every read a test makes, over many short-lived repositories, as a pooled child serves them: native handles a
    /// query leaves for the garbage collector (a libgit2 diff keeps its repository's object database open) add up.
    /// </summary>
    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("memory", Category = "memory")]
    [TestCase("svn", Category = "svn")]
    public void DescriptorsStayFlatOverManyQueriedRepositories(string backend)
    {
        using var scratch = new Scratch();
        using var child = BackendProcess.Start(backend, ChildEnvironment.Create(scratch.Combine("child")));
        Query(child, scratch, 0, 3);
        var warm = ChildResources.Of(child.Gateway.ProcessId)!.Value;
        Query(child, scratch, 3, 30);
        var after = ChildResources.Of(child.Gateway.ProcessId)!.Value;
        TestContext.Out.WriteLine($"{backend}: {warm.Descriptors} descriptors after 3 repositories, {after.Descriptors} after 30 more");
        Assert.That(after.Descriptors - warm.Descriptors, Is.LessThanOrEqualTo(8), "descriptors grew with repositories");
    }

    private static void Query(StartedBackend child, Scratch scratch, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            using var repo = child.CreateRepository(scratch.Combine($"repo-{i}"));
            Commit(repo, 0, 3);
            var head = repo.GetDefaultHead()!;
            _ = head.Changes;
            _ = head.DiffToParent();
            _ = repo.Diff(null, head, "files");
            _ = repo.Log(new LogQuery { Path = "counter.txt" }).ToList();
            _ = repo.MergeBase(head, head.Parents[0]);
            if (child.Connection.Info.Supports(Feature.Annotate))
                _ = head.Annotate("counter.txt");
            _ = head.Root.Join("files").List().Select(path => path.Size).ToList();
        }
    }

    private static void Commit(Repository repo, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            using var tx = repo.Transaction($"commit {i}", "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i));
            tx.Root.Join("counter.txt").WriteAllText(i.ToString());
            tx.Root.Join($"files/{i % 7}.txt").WriteAllText($"file {i}");
            tx.Commit();
            _ = repo.GetDefaultHead()!.Root.Join("counter.txt").ReadAllText();
        }
    }
}
