using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Svn;

/// <summary>
/// The tree of one line (trunk or a branch's directory) in one revision. Revisions never change, so the whole tree is listed once
/// (<c>svn list -R --xml</c>, one process) on first use and every stat and listing after that is answered from memory;
/// only file content costs a process: <c>svnlook cat</c> on the repository directory, which starts in half the time of
/// <c>svn cat</c> (no client configuration, no repository access layer) and never expands keywords.
/// </summary>
internal sealed class SvnTree(SvnTool tool, string directory, string rootUrl, string root, long revision, bool readModes) : IVcsTree
{
    private readonly Lazy<Listing> listing = new(() => Listing.From(
        SvnXml.ParseList(tool.Svn("list", "--xml", "--recursive", SvnUrl.AtRevision(SvnUrl.Join(rootUrl, root), revision))),
        readModes ? SvnXml.ParsePropertyNames(tool.Svn("proplist", "--xml", "--recursive", SvnUrl.AtRevision(SvnUrl.Join(rootUrl, root), revision)), SvnUrl.Join(rootUrl, root))
            : new Dictionary<string, IReadOnlySet<string>>()));

    /// <summary>The line's directory: <c>trunk</c> or <c>branches/NAME</c>.</summary>
    public string Root => root;

    /// <summary>The revision this tree belongs to.</summary>
    public long Revision => revision;

    /// <summary>Every node by path (<c>""</c>, the root, excluded).</summary>
    public IReadOnlyDictionary<string, SvnListEntry> Nodes => listing.Value.Nodes;

    public EntryKind Stat(string path) =>
        path.Length == 0 ? EntryKind.Directory : Nodes.TryGetValue(path, out var node) ? node.Kind : EntryKind.None;

    public IReadOnlyList<TreeEntry> List(string path)
    {
        if (Stat(path) != EntryKind.Directory)
            throw new NotFoundException($"'{path}' is not a directory in svn revision {revision}");
        return listing.Value.Children.TryGetValue(path, out var children) ? children : [];
    }

    public Stream OpenRead(string path)
    {
        var kind = Stat(path);
        if (kind is not (EntryKind.File or EntryKind.Symlink))
            throw new NotFoundException($"'{path}' is not a file in svn revision {revision}");
        // The path always starts with the line's directory, so no file name can be read as an option.
        var content = tool.Run("svnlook", ["cat", "-r", revision.ToString(System.Globalization.CultureInfo.InvariantCulture), directory, root + "/" + path]);
        // svn keeps a link as the text "link TARGET".
        var skip = kind == EntryKind.Symlink && content.AsSpan().StartsWith(LinkPrefix) ? LinkPrefix.Length : 0;
        return new MemoryStream(content, skip, content.Length - skip, writable: false);
    }

    private static ReadOnlySpan<byte> LinkPrefix => "link "u8;

    /// <summary>The parsed listing: nodes by path and sorted children by directory.</summary>
    private sealed record Listing(Dictionary<string, SvnListEntry> Nodes, Dictionary<string, List<TreeEntry>> Children)
    {
        public static Listing From(IReadOnlyList<SvnListEntry> listed, IReadOnlyDictionary<string, IReadOnlySet<string>> properties)
        {
            var nodes = new Dictionary<string, SvnListEntry>(StringComparer.Ordinal);
            var children = new Dictionary<string, List<TreeEntry>>(StringComparer.Ordinal);
            foreach (var plain in listed)
            {
                var names = properties.GetValueOrDefault(plain.Path);
                var entry = plain.Kind != EntryKind.File || names is null ? plain
                    : names.Contains("svn:special") ? plain with { Kind = EntryKind.Symlink, Size = Math.Max(0, plain.Size - LinkPrefix.Length) }
                    : plain with { Executable = names.Contains("svn:executable") };
                nodes[entry.Path] = entry;
                var parent = RepoPathSyntax.Parent(entry.Path)!;
                if (!children.TryGetValue(parent, out var list))
                    children[parent] = list = [];
                list.Add(new TreeEntry(RepoPathSyntax.Name(entry.Path), entry.Kind, entry.Kind == EntryKind.Directory ? null : entry.Size, entry.Executable));
            }
            foreach (var list in children.Values)
                list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return new Listing(nodes, children);
        }
    }
}
