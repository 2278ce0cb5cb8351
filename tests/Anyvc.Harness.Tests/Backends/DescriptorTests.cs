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
