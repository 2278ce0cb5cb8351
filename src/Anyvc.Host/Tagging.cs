using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>The host's side of tags: names checked, existence checked, the same messages on every backend.</summary>
internal static class Tagging
{
    public static IVcsTags Of(RepositoryState repository, BackendInfo info) =>
        Capabilities.Require<IVcsTags>(info, Feature.Tags, repository.Vcs);

    public static TagInfo? Find(IVcsTags tags, string name) => tags.Tags().FirstOrDefault(tag => tag.Name == name);

    public static TagInfo Create(RepositoryState repository, BackendInfo info, TagRequest request)
    {
        var tags = Of(repository, info);
        RefNames.Check(request.Name, "tag");
        if (Find(tags, request.Name) is { } existing)
            throw new AlreadyExistsException($"tag '{request.Name}' exists already (for {existing.Target}): delete it first, or choose another name");
        RefNames.CheckNesting(request.Name, "tag", tags.Tags().Select(tag => tag.Name));
        var at = repository.Vcs.Resolve(request.Revision);
        var (name, email) = Author.Parse(request.Author);
        var message = request.Message ?? $"Tag {request.Name}";
        tags.CreateTag(request.Name, at, new RefChange(message, name, email, TransactionState.TimeOrNow(request.Time)), request.Message is not null);
        return Find(tags, request.Name) ?? throw new AnyvcException($"the {info.Name} backend created tag '{request.Name}' but does not list it");
    }

    public static void Delete(RepositoryState repository, BackendInfo info, RefRequest request)
    {
        var tags = Of(repository, info);
        if (Find(tags, request.Name) is null)
        {
            var known = tags.Tags().Select(tag => tag.Name).ToList();
            throw new NotFoundException($"no tag '{request.Name}'; the tags are: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }
        var (name, email) = Author.Parse(request.Author);
        tags.DeleteTag(request.Name, new RefChange(request.Message, name, email, TransactionState.TimeOrNow(request.Time)));
    }
}
