using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Memory;

/// <summary>Bookmarks, as hg's: movable names for revisions; setting one adds no revision and commits never move one.</summary>
public sealed partial class MemoryRepository : IVcsBookmarks
{
    /// <inheritdoc />
    public IReadOnlyList<NamedRevision> Bookmarks() => store.Bookmarks.Select(b => new NamedRevision(b.Key, b.Value)).ToList();

    /// <inheritdoc />
    public void SetBookmark(string name, string id) => store.Bookmarks[name] = Revision(id).Id;

    /// <inheritdoc />
    public void DeleteBookmark(string name)
    {
        if (!store.Bookmarks.Remove(name))
            throw new NotFoundException($"no bookmark '{name}' to delete in memory repository {directory}");
    }
}
