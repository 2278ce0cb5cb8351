using System.Globalization;
using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Svn;

/// <summary>
/// One svn repository in the standard layout. The default line of history is trunk; other branches live under
/// <c>branches/</c>. Revision ids are revision numbers as strings; revision 1 (the layout) and revisions that deleted
/// a branch hold no tree of the model. The model is read from the log (<see cref="SvnGraph"/>), extended only by the
/// revisions added since it was last read; trees are cached, since revisions never change.
/// </summary>
internal sealed partial class SvnRepository : IVcsRepository, IVcsAnnotate
{
    /// <summary>The layout revision: trunk/, branches/ and tags/ and nothing else.</summary>
    public const long LayoutRevision = 1;

    private readonly SvnTool tool;
    private readonly string directory;
    private readonly string rootUrl;
    private readonly Dictionary<long, SvnTree> trees = [];
    private readonly SvnGraph graph = new();

    public SvnRepository(SvnTool tool, string directory)
    {
        this.tool = tool;
        this.directory = directory;
        rootUrl = SvnUrl.FromDirectory(directory);
    }

    public string? Head() => Graph().TipOf(SvnLayout.Trunk) is { } tip ? Id(tip) : null;

    public IReadOnlyList<string> History()
    {
        var history = new List<string>();
        for (var node = Graph().TipOf(SvnLayout.Trunk) is { } tip ? graph.Find(tip) : null; node is not null; node = node.Parents.Count > 0 ? graph.Find(node.Parents[0]) : null)
            history.Add(Id(node.Revision));
        return history;
    }

    public string Resolve(string id) => Id(Number(id));

    public RevisionInfo Info(string id)
    {
        var node = Node(Number(id));
        var entry = Exact(node.Entry);
        return new RevisionInfo(Id(node.Revision), entry.Author, entry.Date, entry.Message, node.Parents.Select(Id).ToList());
    }

    public IVcsTree Tree(string id) => TreeAt(Number(id));

    public IReadOnlyList<string> ChangedFiles(string? from, string to)
    {
        var toRevision = Number(to);
        var fromRevision = from is null ? 0 : Number(from);
        var after = TreeAt(toRevision).Nodes;
        IReadOnlyDictionary<string, SvnListEntry> before = from is null
            ? new Dictionary<string, SvnListEntry>()
            : TreeAt(fromRevision).Nodes;
        // A file changed when it is new, gone, or another node-revision (another last-changed revision) than before
        // whose content differs: a file written again with the same bytes, or changed and changed back, is the same.
        // A kind or executable bit of its own makes another file too (svn keeps both as properties).
        var added = after.Values.Where(f => Leaf(f) && !(before.TryGetValue(f.Path, out var old)
            && old.Kind == f.Kind && old.Executable == f.Executable && old.Size == f.Size
            && (old.CommitRevision == f.CommitRevision || SameContent(fromRevision, toRevision, f.Path))));
        var removed = before.Values.Where(f => Leaf(f) && !(after.TryGetValue(f.Path, out var now) && Leaf(now)));
        return added.Concat(removed).Select(f => f.Path).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static bool Leaf(SvnListEntry entry) => entry.Kind is EntryKind.File or EntryKind.Symlink;

    private bool SameContent(long revision, long otherRevision, string path)
    {
        return Content(revision).AsSpan().SequenceEqual(Content(otherRevision));

        byte[] Content(long at)
        {
            using var stream = TreeAt(at).OpenRead(path);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    public void Dispose()
    {
        // nothing held open: every call is its own process
    }

    private static string Id(long revision) => revision.ToString(CultureInfo.InvariantCulture);

    /// <summary>The revision number of an id: <c>5</c> or <c>r5</c>, a revision that holds a tree of the model.</summary>
    private long Number(string id)
    {
        var text = id.Trim();
        if (text.StartsWith('r') || text.StartsWith('R'))
            text = text[1..];
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var revision) && revision > LayoutRevision && revision <= Youngest())
            return Graph().Find(revision) is not null ? revision
                : throw new NotFoundException($"svn revision {revision} in {directory} holds no tree: it deleted a branch, created or deleted a tag, or changed paths outside trunk/ and branches/");
        throw new NotFoundException($"no revision '{id}' in svn repository {directory}");
    }

    private SvnNode Node(long revision) => Graph().Find(revision) ?? throw new NotFoundException($"svn revision {revision} in {directory} holds no tree");

    private SvnTree TreeAt(long revision)
    {
        if (!trees.TryGetValue(revision, out var tree))
        {
            if (trees.Count > 256)
                trees.Clear();
            trees[revision] = tree = new SvnTree(tool, directory, rootUrl, Node(revision).Root, revision, graph.FirstWithModes <= revision);
        }
        return tree;
    }

    /// <summary>
    /// The history model, extended by the revisions committed since it was last read: one <c>svn log</c> of just those
    /// (with changed paths and revision properties), none when nothing moved.
    /// </summary>
    private SvnGraph Graph()
    {
        var youngest = Youngest();
        if (youngest > graph.Youngest)
            foreach (var entry in SvnXml.ParseLog(tool.Svn("log", "--xml", "--verbose", "--with-all-revprops", "--revision", $"{graph.Youngest + 1}:{youngest}", SvnUrl.AtRevision(rootUrl, youngest))))
                graph.Add(entry);
        return graph;
    }
}
