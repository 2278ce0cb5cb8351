using Anyvc.Host;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Renames: svn records copies with their source (<c>copyfrom-path</c>), a directory's once for the whole directory.
/// A copied file whose source is gone from the revision is a rename; a copied directory stands for each file in it
/// that came from the same place under its source; one whose source is still there is a copy.
/// </summary>
internal sealed partial class SvnRepository : IVcsRenames, IVcsCopies
{
    private readonly Dictionary<long, IReadOnlyList<SvnChangedPath>> changedPaths = [];

    public IReadOnlyList<Rename> Renames(string id) => Relocations(id, moved: true);

    public IReadOnlyList<Rename> Copies(string id) => Relocations(id, moved: false);

    /// <summary>
    /// A revision's changed paths, from its own log (a revision this backend committed joined the model without them);
    /// kept, since change kinds ask for renames and copies of one revision in turn.
    /// </summary>
    private IReadOnlyList<SvnChangedPath> ChangedPaths(long revision)
    {
        if (!changedPaths.TryGetValue(revision, out var paths))
        {
            if (changedPaths.Count > 256)
                changedPaths.Clear();
            changedPaths[revision] = paths = SvnXml.ParseChangedPaths(tool.Svn("log", "--verbose", "--xml", "--revision", Id(revision), SvnUrl.AtRevision(rootUrl, revision)));
        }
        return paths;
    }

    private List<Rename> Relocations(string id, bool moved)
    {
        var revision = Number(id);
        var tree = TreeAt(revision);
        var prefix = "/" + tree.Root + "/";
        // Sources lie in the first parent's line: another one for the commit that starts a branch.
        var sourcePrefix = Node(revision).Parents is [var first, ..] ? "/" + Node(first).Root + "/" : prefix;
        var copies = ChangedPaths(revision)
            .Where(p => p.Action is "A" or "R" && p.CopyFromPath is not null && p.Path.StartsWith(prefix, StringComparison.Ordinal)
                && p.CopyFromPath.StartsWith(sourcePrefix, StringComparison.Ordinal))
            .OrderBy(p => p.Kind == "dir" ? 0 : 1)
            .ToList();
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var copy in copies)
        {
            var to = copy.Path[prefix.Length..];
            var from = copy.CopyFromPath![sourcePrefix.Length..];
            if (copy.Kind != "dir")
            {
                sources[to] = from;
                continue;
            }
            var origin = TreeAt(copy.CopyFromRevision).Nodes;
            foreach (var file in tree.Nodes.Values.Where(n => n.Kind is EntryKind.File or EntryKind.Symlink && n.Path.StartsWith(to + "/", StringComparison.Ordinal)))
            {
                var source = from + file.Path[to.Length..];
                if (origin.TryGetValue(source, out var node) && node.Kind is EntryKind.File or EntryKind.Symlink)
                    sources[file.Path] = source;
            }
        }
        return sources.Where(s => (tree.Stat(s.Value) is not (EntryKind.File or EntryKind.Symlink)) == moved).Select(s => new Rename(s.Value, s.Key)).ToList();
    }
}
