using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>
/// hg's bookmarks, through <c>hg bookmark</c>: kept in <c>.hg/bookmarks</c>, so setting, moving or deleting one adds no
/// changeset. Without a working copy no bookmark is active, so commits never move one.
/// </summary>
internal sealed partial class HgRepository : IVcsBookmarks
{
    public IReadOnlyList<NamedRevision> Bookmarks() => Lines(hg.Text(directory, "bookmarks", "-T", "{bookmark}\\0{node}\\n"))
        .Select(line => line.Split('\0'))
        .Select(fields => new NamedRevision(fields[0], Remember(fields[1])!))
        .OrderBy(bookmark => bookmark.Name, StringComparer.Ordinal)
        .ToList();

    // --force moves an existing bookmark; the name comes last, after "--", so no name is read as an option.
    public void SetBookmark(string name, string id) => hg.Text(directory, "bookmark", "--force", "--rev", id, "--", name);

    public void DeleteBookmark(string name) => hg.Text(directory, "bookmark", "--delete", "--", name);
}
