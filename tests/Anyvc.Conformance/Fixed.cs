namespace Anyvc.Conformance;

/// <summary>Fixed identities and times, so every run commits the same thing.</summary>
internal static class Fixed
{
    /// <summary>The date of the 2009 mail this project grew from, in its sender's time zone.</summary>
    public static readonly DateTimeOffset When = new(2009, 8, 24, 16, 16, 26, TimeSpan.FromHours(2));

    public const string Author = "Ronny Pfannschmidt <ronny@example.invalid>";

    public static DateTimeOffset At(int minutes) => When.AddMinutes(minutes);

    public static Revision Commit(Repository repo, string message, Action<RepoPath> change, int minute = 0)
    {
        using var tx = repo.Transaction(message, Author, At(minute));
        change(tx.Root);
        return tx.Commit();
    }

    /// <summary>Commits onto <paramref name="branch"/> (or with the given parents), with the fixed author.</summary>
    public static Revision OnBranch(Repository repo, string branch, string message, Action<RepoPath> change, int minute, IReadOnlyList<Revision>? parents = null)
    {
        using var tx = repo.Transaction(message, Author, At(minute), branch, parents);
        change(tx.Root);
        return tx.Commit();
    }

    /// <summary>Two top-level files and a directory with a nested one: a base to move, swap and rename things in.</summary>
    public static Revision CommitSmallTree(Repository repo) => Commit(repo, "base", root =>
    {
        root.Join("a.txt").WriteAllText("a");
        root.Join("b.txt").WriteAllText("b");
        root.Join("d/x.txt").WriteAllText("x");
        root.Join("d/sub/y.txt").WriteAllText("y");
    });
}
