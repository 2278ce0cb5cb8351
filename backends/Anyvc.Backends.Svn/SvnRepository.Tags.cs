using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Tags in the standard layout: a directory under <c>tags/</c>, copied from the tagged revision's line as
/// <c>svn copy</c> does, and deleted as a removal. The copy is a revision of its own whose message, author and date
/// are the tag's; it holds no tree of the model (its tree is the tagged revision's).
/// </summary>
internal sealed partial class SvnRepository : IVcsTags
{
    public IReadOnlyList<TagInfo> Tags() => Graph().Tags.Select(tag =>
    {
        var entry = Exact(tag.Value.Entry);
        return new TagInfo(tag.Key, Id(tag.Value.Target), entry.Message, entry.Author, entry.Date);
    }).ToList();

    public void CreateTag(string name, string id, RefChange change, bool annotated)
    {
        using var writeLock = SvnWriteLock.Take(directory);
        var at = Node(Number(id));
        var root = SvnLayout.TagsPrefix + name;
        var plan = new SvnCommitPlan(root, false, at.Root, NewLineAncestors(root), new Dictionary<string, string>(), Properties(root, Id(at.Revision), "create"));
        Load(change.AsCommit(Id(at.Revision), null), plan, new Dictionary<string, SvnListEntry>());
    }

    public void DeleteTag(string name, RefChange change)
    {
        using var writeLock = SvnWriteLock.Take(directory);
        var root = SvnLayout.TagsPrefix + name;
        var plan = new SvnCommitPlan(Emptied(root), true, null, [], new Dictionary<string, string>(), Properties(root, "", "delete"), DeletesLine: true);
        Load(change.AsCommit(null, null), plan, new Dictionary<string, SvnListEntry>());
    }
}
