namespace Anyvc.Conformance;

/// <summary>
/// A history over three branches, built through the API: main r0–r4, feature/x forked at r1 (f1, f2) and merged into
/// main at m, release/1.0 forked at r2 (p1). Ten revisions or more (backends without lightweight branches add one per
/// branch they create).
/// </summary>
internal sealed class Branchy
{
    public const string Feature = "feature/x";
    public const string Release = "release/1.0";

    public Branchy(Repository repo)
    {
        R0 = Fixed.Commit(repo, "r0", root => { root.Join("a.txt").WriteAllText("a0\n"); root.Join("d/x.txt").WriteAllText("x\n"); });
        R1 = Fixed.Commit(repo, "r1", root => root.Join("a.txt").WriteAllText("a1\n"), minute: 1);
        FeatureStart = repo.CreateBranch(Feature, R1, author: Fixed.Author, time: Fixed.At(2));
        F1 = OnBranch(repo, Feature, "f1", root => root.Join("b.txt").WriteAllText("b1\n"), 3);
        R2 = Fixed.Commit(repo, "r2", root => root.Join("c.txt").WriteAllText("c2\n"), minute: 4);
        F2 = OnBranch(repo, Feature, "f2", root => root.Join("b.txt").WriteAllText("b2\n"), 5);
        ReleaseStart = repo.CreateBranch(Release, R2, author: Fixed.Author, time: Fixed.At(6));
        P1 = OnBranch(repo, Release, "p1", root => root.Join("c.txt").WriteAllText("c-fix\n"), 7);
        R3 = Fixed.Commit(repo, "r3", root => root.Join("d/x.txt").WriteAllText("x3\n"), minute: 8);
        using (var tx = repo.Transaction("merge feature/x", Fixed.Author, Fixed.At(9), parents: [R3, F2]))
        {
            tx.Root.Join("b.txt").WriteAllText("b2\n");
            tx.Root.Join("a.txt").WriteAllText("merged\n");
            M = tx.Commit();
        }
        R4 = Fixed.Commit(repo, "r4", root => root.Join("e.txt").WriteAllText("e4\n"), minute: 10);
    }

    public Revision R0 { get; }
    public Revision R1 { get; }
    public Revision FeatureStart { get; }
    public Revision F1 { get; }
    public Revision R2 { get; }
    public Revision F2 { get; }
    public Revision ReleaseStart { get; }
    public Revision P1 { get; }
    public Revision R3 { get; }
    public Revision M { get; }
    public Revision R4 { get; }

    public static Revision OnBranch(Repository repo, string branch, string message, Action<RepoPath> change, int minute, IReadOnlyList<Revision>? parents = null)
    {
        using var tx = repo.Transaction(message, Fixed.Author, Fixed.At(minute), branch, parents);
        change(tx.Root);
        return tx.Commit();
    }
}
