using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>Tags of a <see cref="Repository"/> (<see cref="Feature.Tags"/>).</summary>
public sealed partial class Repository
{
    /// <summary>Every tag, sorted by name.</summary>
    /// <exception cref="FeatureNotSupportedException">The backend has no tags.</exception>
    public IReadOnlyList<Tag> Tags() => Connection.Call(RepositoryProtocol.Tags, Id, Unit.Value).Select(ToTag).ToList();

    /// <summary>The tag <paramref name="name"/>.</summary>
    /// <exception cref="NotFoundException">There is no such tag; the message lists the tags.</exception>
    public Tag GetTag(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tags = Tags();
        return tags.FirstOrDefault(t => t.Name == name)
            ?? throw new NotFoundException($"no tag '{name}' in the {this}; the tags are: {string.Join(", ", tags.Select(t => t.Name))}");
    }

    /// <summary>
    /// Tags <paramref name="at"/> as <paramref name="name"/>: with a <paramref name="message"/>, an annotated tag where
    /// the backend has <see cref="Feature.AnnotatedTags"/>. Without <see cref="Feature.LightweightTags"/> the backend
    /// records a revision for it (hg commits <c>.hgtags</c> onto the default head, svn copies under <c>tags/</c>) with
    /// this message, author and time.
    /// </summary>
    /// <exception cref="InvalidNameException">The name breaks the name rule (see <see cref="RefNames"/>).</exception>
    /// <exception cref="AlreadyExistsException">The tag exists.</exception>
    public Tag CreateTag(string name, Revision at, string? message = null, string? author = null, DateTimeOffset? time = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        EnsureOwn(at);
        return ToTag(Connection.Call(RepositoryProtocol.CreateTag, Id, new TagRequest(name, at.Id, message, Canonical(author ?? DefaultAuthor), time)));
    }

    /// <summary>Deletes tag <paramref name="name"/>.</summary>
    /// <exception cref="NotFoundException">There is no such tag.</exception>
    public void DeleteTag(string name, string? message = null, string? author = null, DateTimeOffset? time = null) =>
        Connection.Call(RepositoryProtocol.DeleteTag, Id,
            new RefRequest(name, null, message ?? $"Delete tag {name}", Canonical(author ?? DefaultAuthor), time));

    private Tag ToTag(TagInfo tag) => new(tag.Name, new Revision(this, tag.Target), tag.Message, tag.Author, tag.Time);
}
