using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// Capability of <see cref="Feature.Tags"/>: names for revisions. The host validates names (<see cref="RefNames"/>)
/// and checks that a tag exists or not before asking.
/// </summary>
public interface IVcsTags
{
    /// <summary>Every tag, sorted ordinally by name, with its own message, author and time where the backend keeps them.</summary>
    IReadOnlyList<TagInfo> Tags();

    /// <summary>
    /// Creates tag <paramref name="name"/> (which does not exist) for revision <paramref name="id"/> (a full id):
    /// an annotated tag when <paramref name="annotated"/> and the backend has <see cref="Feature.AnnotatedTags"/>;
    /// <paramref name="change"/> is its metadata, or that of the revision a backend records for it.
    /// </summary>
    void CreateTag(string name, string id, RefChange change, bool annotated);

    /// <summary>Deletes tag <paramref name="name"/>, which exists.</summary>
    void DeleteTag(string name, RefChange change);
}
