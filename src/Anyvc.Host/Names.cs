namespace Anyvc.Host;

/// <summary>
/// Revision names, the same on every backend: <c>HEAD</c> (the default head), then a bookmark, a tag, a branch name
/// (its tip), then the backend's own ids and short forms (hg's own order of names). Names come first and tags before branches, as in git and hg: a
/// branch named like a hash prefix wins over the prefix, a tag over a branch of the same name.
/// </summary>
internal static class Names
{
    public const string Head = "HEAD";

    public static string Resolve(RepositoryState repository, BackendInfo info, string name)
    {
        if (name == Head)
            return repository.Vcs.Head() ?? throw new NotFoundException($"{Head} names nothing yet: the repository has no revision");
        if (info.Supports(Feature.Bookmarks) && Bookmarking.Find(Bookmarking.Of(repository, info), name) is { } marked)
            return marked;
        if (info.Supports(Feature.Tags) && Tagging.Find(Tagging.Of(repository, info), name) is { } tag)
            return tag.Target;
        if (info.Supports(Feature.Branches) && Branching.TipOf(Branching.Of(repository, info), name) is { } tip)
            return tip;
        try
        {
            return repository.Vcs.Resolve(name);
        }
        catch (NotFoundException e)
        {
            throw new NotFoundException($"'{name}' names no tag, branch or revision: {e.Message}", e);
        }
    }
}
