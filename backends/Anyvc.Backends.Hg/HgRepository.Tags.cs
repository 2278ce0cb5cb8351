using System.Text;
using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>
/// Tags as hg keeps them: lines <c>NODE NAME</c> in the versioned file <c>.hgtags</c>, the last line of a name winning
/// and the null node removing it (as <c>hg tag --remove</c> writes). Creating or deleting a tag commits <c>.hgtags</c>
/// onto the default head (onto the tagged revision's branch when there is no default head), as <c>hg tag</c> from a
/// default checkout would; the tag itself has no metadata of its own.
/// </summary>
internal sealed partial class HgRepository : IVcsTags
{
    private const string TagsFile = ".hgtags";

    public IReadOnlyList<TagInfo> Tags() => Lines(hg.Text(directory, "tags", "-T", "{tag}\\0{node}\\n"))
        .Select(line => line.Split('\0'))
        .Where(fields => fields[0] != "tip")
        .Select(fields => new TagInfo(fields[0], Remember(fields[1])!, null, null, null))
        .OrderBy(tag => tag.Name, StringComparer.Ordinal)
        .ToList();

    public void CreateTag(string name, string id, RefChange change, bool annotated) => AppendTags(change, id, $"{id} {name}\n");

    public void DeleteTag(string name, RefChange change)
    {
        var target = Tags().First(tag => tag.Name == name).Target;
        AppendTags(change, target, $"{target} {name}\n{NullNode} {name}\n");
    }

    private void AppendTags(RefChange change, string tagged, string lines)
    {
        var (parent, branch) = Head() is { } head ? (head, (string?)null) : TaggedBranchTip(tagged);
        var existing = "";
        var tree = Tree(parent);
        if (tree.Stat(TagsFile) == EntryKind.File)
        {
            using var reader = new StreamReader(tree.OpenRead(TagsFile), Encoding.UTF8);
            existing = reader.ReadToEnd();
        }
        if (existing.Length > 0 && !existing.EndsWith('\n'))
            existing += "\n";
        var content = Path.Combine(Path.GetTempPath(), $"anyvc-hgtags-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(content, existing + lines, new UTF8Encoding(false));
            Commit(change.AsCommit(parent, branch, tree, [new PutOperation(TagsFile, content)], [new FileChange(TagsFile, content, null, null)]), close: false);
        }
        finally
        {
            File.Delete(content);
        }
    }

    private (string Tip, string? Branch) TaggedBranchTip(string tagged)
    {
        var branch = hg.Text(directory, "log", "-r", tagged, "-T", "{branch}");
        return (Branches().FirstOrDefault(b => b.Name == branch)?.Id ?? tagged, branch);
    }
}
