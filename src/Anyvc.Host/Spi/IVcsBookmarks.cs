using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// Capability of <see cref="Feature.Bookmarks"/>: movable names for revisions (hg's bookmarks). The host validates
/// names (<see cref="RefNames"/>) and checks that a bookmark exists before a delete.
/// </summary>
public interface IVcsBookmarks
{
    /// <summary>Every bookmark with the full id of its revision, sorted ordinally by name.</summary>
    IReadOnlyList<NamedRevision> Bookmarks();

    /// <summary>Points <paramref name="name"/> at revision <paramref name="id"/> (a full id), creating or moving it.</summary>
    void SetBookmark(string name, string id);

    /// <summary>Deletes bookmark <paramref name="name"/>, which exists.</summary>
    void DeleteBookmark(string name);
}
