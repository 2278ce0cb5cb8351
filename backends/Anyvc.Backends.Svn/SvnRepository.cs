using System.Globalization;
using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Svn;

/// <summary>
/// One svn repository in the standard layout. The default line of history is trunk; revision 1 (the layout) is not
/// part of it. Revision ids are revision numbers as strings. Reads use <c>svn ... --xml</c> and are cached, since
/// revisions never change; the history is re-read only when the youngest revision moved.
/// </summary>
internal sealed partial class SvnRepository : IVcsRepository, IVcsAnnotate
{
    /// <summary>The layout revision: trunk/, branches/ and tags/ and nothing else.</summary>
    public const long LayoutRevision = 1;

    private readonly SvnTool tool;
    private readonly string directory;
    private readonly string rootUrl;
    private readonly string trunkUrl;
    private readonly Dictionary<long, SvnLogEntry> entries = [];
    private readonly Dictionary<long, SvnTree> trees = [];
    private IReadOnlyList<long> history = [];
    private long historyYoungest = -1;

    public SvnRepository(SvnTool tool, string directory)
    {
        this.tool = tool;
        this.directory = directory;
        rootUrl = SvnUrl.FromDirectory(directory);
        trunkUrl = SvnUrl.Join(rootUrl, "trunk");
    }

    public string? Head()
    {
        var trunk = TrunkHistory();
        return trunk.Count == 0 ? null : Id(trunk[0]);
    }

    public IReadOnlyList<string> History() => TrunkHistory().Select(Id).ToList();

    public string Resolve(string id) => Id(Number(id));

    public RevisionInfo Info(string id)
    {
        var revision = Number(id);
        var entry = Entry(revision);
        var parent = Parent(revision);
        return new RevisionInfo(Id(revision), entry.Author, entry.Date, entry.Message, parent is { } p ? [Id(p)] : []);
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
        var added = after.Values.Where(f => f.Kind == EntryKind.File && !(before.TryGetValue(f.Path, out var old)
            && old.Kind == EntryKind.File && old.Size == f.Size
            && (old.CommitRevision == f.CommitRevision || SameContent(fromRevision, toRevision, f.Path))));
        var removed = before.Values.Where(f => f.Kind == EntryKind.File && !(after.TryGetValue(f.Path, out var now) && now.Kind == EntryKind.File));
        return added.Concat(removed).Select(f => f.Path).Distinct().Order(StringComparer.Ordinal).ToList();
    }

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

    /// <summary>The revision number of an id: <c>5</c> or <c>r5</c>, after the layout revision and not beyond the youngest.</summary>
    private long Number(string id)
    {
        var text = id.Trim();
        if (text.StartsWith('r') || text.StartsWith('R'))
            text = text[1..];
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            && revision > LayoutRevision && revision <= Youngest())
            return revision;
        throw new NotFoundException($"no revision '{id}' in svn repository {directory}");
    }

    private SvnTree TreeAt(long revision)
    {
        if (!trees.TryGetValue(revision, out var tree))
        {
            if (trees.Count > 256)
                trees.Clear();
            trees[revision] = tree = new SvnTree(tool, directory, trunkUrl, revision);
        }
        return tree;
    }

    /// <summary>The first parent: the newest trunk revision before <paramref name="revision"/>, or null for the first.</summary>
    private long? Parent(long revision)
    {
        foreach (var candidate in TrunkHistory())
            if (candidate < revision)
                return candidate;
        return null;
    }

    private SvnLogEntry Entry(long revision)
    {
        TrunkHistory();
        if (!entries.TryGetValue(revision, out var entry))
        {
            // A revision that did not touch trunk (a branch or tag commit): its own log entry.
            entry = Exact(SvnXml.ParseLog(tool.Svn("log", "--xml", "--revision", Id(revision), rootUrl)).Single());
            entries[revision] = entry;
        }
        return entry;
    }

    /// <summary>
    /// The revisions that changed trunk, newest first, without the layout revision. One <c>svn log</c> reads them
    /// with their metadata, so <see cref="Info"/> of a trunk revision costs no further process.
    /// </summary>
    private IReadOnlyList<long> TrunkHistory()
    {
        var youngest = Youngest();
        if (youngest == historyYoungest)
            return history;
        var log = SvnXml.ParseLog(tool.Svn("log", "--xml", SvnUrl.AtRevision(trunkUrl, youngest)));
        foreach (var entry in log)
            entries[entry.Revision] = Exact(entry);
        history = log.Select(e => e.Revision).Where(r => r > LayoutRevision).ToList();
        historyYoungest = youngest;
        return history;
    }
}
