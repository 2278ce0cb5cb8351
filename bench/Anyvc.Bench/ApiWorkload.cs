namespace Anyvc.Bench;

/// <summary>
/// A small, typical session through the public API: create a repository, ten commits, then reads (count,
/// history, file content, listing, diff). Enough to load every part of a backend before its memory is read.
/// Returns the median time of one commit (building the transaction's tree included, through the child and back).
/// </summary>
internal static class ApiWorkload
{
    private const string Author = "Anyvc Bench <bench@anyvc.invalid>";
    private static readonly DateTimeOffset Start = new(2009, 8, 24, 16, 16, 26, TimeSpan.FromHours(2));

    public static double Run(BackendConnection connection, string directory)
    {
        var repository = connection.CreateRepository(directory);
        var made = new List<Revision>();
        var commitMs = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var transaction = repository.Transaction($"commit {i}", Author, Start.AddMinutes(i));
            transaction.Root.Join("counter.txt").WriteAllText(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            transaction.Root.Join($"dir/file{i}.txt").WriteAllText(new string('x', 1000 * (i + 1)));
            made.Add(transaction.Commit());
            commitMs.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        if (repository.Count != 10)
            throw new InvalidOperationException($"{connection.Info.Name}: expected 10 revisions, found {repository.Count}");
        _ = repository.History().Select(r => r.Message).ToList();
        var head = repository.GetDefaultHead() ?? throw new InvalidOperationException("no head after ten commits");
        _ = head.Root.Join("counter.txt").ReadAllText();
        _ = head.Root.Join("dir").List();
        _ = made[4].Root.Join("dir/file4.txt").ReadAllBytes();
        _ = head.DiffToParent();
        commitMs.Sort();
        return (commitMs[4] + commitMs[5]) / 2;
    }
}
