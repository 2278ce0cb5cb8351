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
}
