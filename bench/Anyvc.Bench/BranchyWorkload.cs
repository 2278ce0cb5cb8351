using System.Diagnostics;
using System.Text.Json.Nodes;
using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Fixtures;

namespace Anyvc.Bench;

/// <summary>
/// What a commit costs on a branchy history, per kind, against a plain commit on the default branch of the same
/// repository in the same run (the reference): rounds of one default-branch commit, a branch created from it, two
/// commits onto the branch, and a merge of the branch back. Medians in milliseconds, and each kind's ratio to the
/// plain commit.
/// </summary>
internal static class BranchyWorkload
{
    private const string Author = "Anyvc Bench <bench@anyvc.invalid>";
    private static readonly DateTimeOffset Start = new(2009, 8, 24, 16, 16, 26, TimeSpan.FromHours(2));

    /// <summary>The workload in a fresh child of every known backend.</summary>
    public static JsonObject RunAll(BenchSettings settings, string workDirectory, TextWriter log)
    {
        var report = new JsonObject();
        foreach (var backend in BackendCatalog.Known)
        {
            log.WriteLine($"bench: branchy: {backend.Name}, {settings.BranchyRounds} rounds");
            using var gateway = Gateway.Start(backend.GatewayOptions(ChildEnvironment.Create(Path.Combine(workDirectory, "children", backend.Name + "-branchy"))));
            using var connection = new BackendConnection(new CommandClient(gateway));
            report[backend.Name] = Run(connection, Path.Combine(workDirectory, "repos", backend.Name + "-branchy"), settings.BranchyRounds);
        }
        return report;
    }

    public static JsonObject Run(BackendConnection connection, string directory, int rounds)
    {
        var repository = connection.CreateRepository(directory);
        var times = new Dictionary<string, List<double>> { ["plain"] = [], ["branch_create"] = [], ["branch_commit"] = [], ["merge"] = [] };
        var minute = 0;
        Commit(repository, null, null, "base", ref minute);
        for (var round = 0; round < rounds; round++)
        {
            var name = $"topic/{round}";
            var plain = Timed(times["plain"], () => Commit(repository, null, null, $"main {round}", ref minute));
            Timed(times["branch_create"], () => repository.CreateBranch(name, plain, author: Author, time: Start.AddMinutes(minute++)));
            Timed(times["branch_commit"], () => Commit(repository, name, null, $"{name} a", ref minute));
            var tip = Timed(times["branch_commit"], () => Commit(repository, name, null, $"{name} b", ref minute));
            Timed(times["merge"], () => Commit(repository, null, [repository.GetDefaultHead()!, tip], $"merge {name}", ref minute));
        }
        var plainMs = Statistics.Median(times["plain"]);
        var result = new JsonObject { ["revisions"] = repository.Log(new LogQuery { AllBranches = true }).Count() };
        foreach (var (kind, measured) in times)
        {
            result[$"{kind}_ms"] = Math.Round(Statistics.Median(measured), 2);
            result[$"{kind}_ratio"] = Math.Round(Statistics.Median(measured) / plainMs, 2);
        }
        return result;
    }

    private static Revision Commit(Repository repository, string? branch, IReadOnlyList<Revision>? parents, string message, ref int minute)
    {
        using var transaction = repository.Transaction(message, Author, Start.AddMinutes(minute++), branch, parents);
        transaction.Root.Join($"{(branch ?? "main").Replace('/', '-')}/{message.Replace('/', '-')}.txt").WriteAllText(message);
        return transaction.Commit();
    }

    private static T Timed<T>(List<double> into, Func<T> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = action();
        into.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
