using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Memory;

/// <summary>Tags: names for revisions, plain or annotated (with their own message, author and time), as git's.</summary>
public sealed partial class MemoryRepository : IVcsTags
{
    /// <inheritdoc />
    public IReadOnlyList<TagInfo> Tags() => store.Tags.Values.ToList();

    /// <inheritdoc />
    public void CreateTag(string name, string id, RefChange change, bool annotated)
    {
        if (!store.Tags.TryAdd(name, annotated
            ? new TagInfo(name, Revision(id).Id, change.Message, change.Author, change.Time)
            : new TagInfo(name, Revision(id).Id, null, null, null)))
            throw new AlreadyExistsException($"tag '{name}' exists in memory repository {directory}");
    }

    /// <inheritdoc />
    public void DeleteTag(string name, RefChange change)
    {
        if (!store.Tags.Remove(name))
            throw new NotFoundException($"no tag '{name}' to delete in memory repository {directory}");
    }
}
