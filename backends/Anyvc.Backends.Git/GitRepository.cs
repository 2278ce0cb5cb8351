using Anyvc.Host;
using Anyvc.Wire;
using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>One git repository: reads through LibGit2Sharp, commits through the object database.</summary>
internal sealed partial class GitRepository(LibGit2Sharp.Repository repository) : IVcsRepository
{
    public string? Head() => repository.Head.Tip?.Sha;

    public IReadOnlyList<string> History()
    {
        if (repository.Head.Tip is not { } tip)
            return [];
        var history = new List<string>();
        for (var commit = tip; commit is not null; commit = commit.Parents.FirstOrDefault())
            history.Add(commit.Sha);
        return history;
    }

    public string Resolve(string id) => Lookup(id).Sha;

    public RevisionInfo Info(string id)
    {
        var commit = Lookup(id);
        return new RevisionInfo(commit.Sha, Author.Format(commit.Author.Name, commit.Author.Email), commit.Author.When,
            commit.Message, commit.Parents.Select(p => p.Sha).ToList());
    }

    public IVcsTree Tree(string id) => new GitTree(Lookup(id).Tree, id);

    public IReadOnlyList<string> ChangedFiles(string? from, string to)
    {
        // TreeChanges holds a native diff, which keeps the repository's object database (and its pack files) open
        // until it is freed: dispose it here, not at the next GC.
        using var changes = repository.Diff.Compare<TreeChanges>(from is null ? null : Lookup(from).Tree, Lookup(to).Tree);
        return changes.SelectMany(c => new[] { c.Path, c.OldPath }).Where(p => !string.IsNullOrEmpty(p))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => repository.Dispose();

    private Commit Lookup(string id)
    {
        Commit? commit = null;
        try
        {
            commit = repository.Lookup<Commit>(id);
        }
        catch (AmbiguousSpecificationException e)
        {
            throw new NotFoundException($"revision '{id}' is ambiguous in {repository.Info.Path}", e);
        }
        catch (LibGit2SharpException)
        {
            // malformed ids: not found, below
        }
        return commit ?? throw new NotFoundException($"no revision '{id}' in {repository.Info.Path}");
    }
}
