using Anyvc.Host;
using Anyvc.Wire;
using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>Tags as refs under <c>refs/tags/</c>: lightweight (the ref names the commit) or annotated (a tag object).</summary>
internal sealed partial class GitRepository : IVcsTags
{
    private const string TagPrefix = "refs/tags/";

    public IReadOnlyList<TagInfo> Tags() => repository.Tags
        .Where(tag => tag.PeeledTarget is Commit)
        .Select(tag => tag.Annotation is { } annotation
            ? new TagInfo(tag.FriendlyName, tag.PeeledTarget.Sha, annotation.Message,
                Author.Format(annotation.Tagger.Name, annotation.Tagger.Email), annotation.Tagger.When)
            : new TagInfo(tag.FriendlyName, tag.PeeledTarget.Sha, null, null, null))
        .OrderBy(tag => tag.Name, StringComparer.Ordinal)
        .ToList();

    public void CreateTag(string name, string id, RefChange change, bool annotated)
    {
        var target = annotated
            ? repository.ObjectDatabase.Write<TagAnnotation>(TagObject.Encode(Lookup(id).Sha, name, change))
            : new ObjectId(Lookup(id).Sha);
        repository.Refs.Add(TagPrefix + name, target, $"tag: {name}");
    }

    public void DeleteTag(string name, RefChange change) => repository.Refs.Remove(TagPrefix + name);
}
