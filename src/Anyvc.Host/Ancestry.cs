namespace Anyvc.Host;

/// <summary>
/// Merge bases and ancestry over the core interface (parents from <see cref="IVcsRepository.Info"/>), the same for
/// every backend: a revision counts as its own ancestor, as in <c>git merge-base --is-ancestor</c>.
/// </summary>
internal static class Ancestry
{
    /// <summary>True when <paramref name="ancestor"/> is <paramref name="descendant"/> or reachable from it through parents.</summary>
    public static bool IsAncestor(IVcsRepository vcs, string ancestor, string descendant) =>
        Reachable(vcs, descendant).Any(id => id == ancestor);

    /// <summary>
    /// The newest (by commit time, then by nearness to <paramref name="second"/>) revision reachable from both, or null
    /// when the histories are unrelated. With a criss-cross of merges several are equally good; this picks one.
    /// </summary>
    public static string? MergeBase(IVcsRepository vcs, string first, string second)
    {
        var fromFirst = Reachable(vcs, first).ToHashSet(StringComparer.Ordinal);
        // Walk from the second, but not past a common ancestor: whatever lies behind one is older and no better.
        var candidates = new List<(string Id, DateTimeOffset Time, int Nearness)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { second };
        var pending = new Queue<string>([second]);
        while (pending.TryDequeue(out var id))
        {
            var info = vcs.Info(id);
            if (fromFirst.Contains(id))
            {
                candidates.Add((id, info.Time, candidates.Count));
                continue;
            }
            foreach (var parent in info.Parents)
                if (seen.Add(parent))
                    pending.Enqueue(parent);
        }
        return candidates.OrderByDescending(candidate => candidate.Time).ThenBy(candidate => candidate.Nearness)
            .Select(candidate => candidate.Id).FirstOrDefault();
    }

    /// <summary><paramref name="start"/> and every ancestor, each once, nearest first.</summary>
    private static IEnumerable<string> Reachable(IVcsRepository vcs, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Queue<string>([start]);
        while (pending.TryDequeue(out var id))
        {
            yield return id;
            foreach (var parent in vcs.Info(id).Parents)
                if (seen.Add(parent))
                    pending.Enqueue(parent);
        }
    }
}
