using Anyvc.Host;
using Anyvc.Host.Diffs;
using Anyvc.Wire;

namespace Anyvc.Backends.Memory;

/// <summary>Annotation along first parents, following the renames this backend records.</summary>
public sealed partial class MemoryRepository : IVcsAnnotate
{
    /// <inheritdoc />
    public IReadOnlyList<AnnotationRun> Annotate(string id, string path)
    {
        var versions = new List<(string Revision, FileNode File)>();
        var revision = Revision(id);
        while (revision.Root.Find(path) is FileNode file)
        {
            versions.Add((revision.Id, file));
            if (revision.Parents.Count == 0)
                break;
            path = revision.Renames.FirstOrDefault(rename => rename.To == path)?.From ?? path;
            revision = Revision(revision.Parents[0]);
        }
        versions.Reverse();
        IReadOnlyList<string> lines = [], owners = [];
        FileNode? previous = null;
        foreach (var (owner, file) in versions)
        {
            if (previous is not null && previous.SameContentAs(file))
                continue;
            var next = LineOwners.Lines(file.Content);
            owners = LineOwners.Carry(lines, owners, next, owner);
            lines = next;
            previous = file;
        }
        return LineOwners.Runs(owners);
    }
}
