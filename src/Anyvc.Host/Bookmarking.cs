using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>The host's side of bookmarks: names checked, existence checked, the same messages on every backend.</summary>
internal static class Bookmarking
{
    public static IVcsBookmarks Of(RepositoryState repository, BackendInfo info) =>
        Capabilities.Require<IVcsBookmarks>(info, Feature.Bookmarks, repository.Vcs);

    public static string? Find(IVcsBookmarks bookmarks, string name) => bookmarks.Bookmarks().FirstOrDefault(b => b.Name == name)?.Id;

    public static void Set(RepositoryState repository, BackendInfo info, RefRequest request)
    {
        var bookmarks = Of(repository, info);
        RefNames.Check(request.Name, "bookmark");
        var at = repository.Vcs.Resolve(request.Revision ?? throw new AnyvcException($"setting bookmark '{request.Name}' needs the revision it names"));
        bookmarks.SetBookmark(request.Name, at);
    }

    public static void Delete(RepositoryState repository, BackendInfo info, RefRequest request)
    {
        var bookmarks = Of(repository, info);
        if (Find(bookmarks, request.Name) is null)
        {
            var known = bookmarks.Bookmarks().Select(b => b.Name).ToList();
            throw new NotFoundException($"no bookmark '{request.Name}'; the bookmarks are: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }
        bookmarks.DeleteBookmark(request.Name);
    }
}
