using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>Bookmarks of a <see cref="Repository"/> (<see cref="Feature.Bookmarks"/>): movable names that add no revision.</summary>
public sealed partial class Repository
{
    /// <summary>Every bookmark with its revision, sorted by name.</summary>
    /// <exception cref="FeatureNotSupportedException">The backend has no bookmarks.</exception>
    public IReadOnlyList<Bookmark> Bookmarks() =>
        Connection.Call(RepositoryProtocol.Bookmarks, Id, Unit.Value).Select(b => new Bookmark(b.Name, new Revision(this, b.Id))).ToList();

    /// <summary>Points bookmark <paramref name="name"/> at <paramref name="at"/>, creating it or moving it (anywhere: forward, back, to another line).</summary>
    /// <exception cref="InvalidNameException">The name breaks the name rule (see <see cref="RefNames"/>).</exception>
    public void SetBookmark(string name, Revision at)
    {
        ArgumentNullException.ThrowIfNull(at);
        EnsureOwn(at);
        Connection.Call(RepositoryProtocol.SetBookmark, Id, new RefRequest(name, at.Id, "", DefaultAuthor, null));
    }

    /// <summary>Deletes bookmark <paramref name="name"/>.</summary>
    /// <exception cref="NotFoundException">There is no such bookmark.</exception>
    public void DeleteBookmark(string name) => Connection.Call(RepositoryProtocol.DeleteBookmark, Id, new RefRequest(name, null, "", DefaultAuthor, null));
}
