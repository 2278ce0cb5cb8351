using System.Globalization;

namespace Anyvc.Backends.Svn;

/// <summary>
/// The history model of an svn repository, built from its log one revision at a time (oldest first): which revisions
/// hold a tree (the layout revision and branch deletions do not), the line and parents of each, and the live branches
/// with their tips. Revisions written by the backend say all of this in revision properties (<see cref="SvnLayout"/>);
/// for others it is read from their changed paths: one line per revision, the first parent the line's previous
/// revision or the source of the copy that made the line.
/// </summary>
internal sealed class SvnGraph
{
    private readonly Dictionary<long, SvnNode> nodes = [];
    private readonly SortedDictionary<string, long> tips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> lines = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (long Target, SvnLogEntry Entry)> tags = new(StringComparer.Ordinal);

    /// <summary>
    /// The first revision that may have set <c>svn:special</c> or <c>svn:executable</c> (one written with
    /// <see cref="SvnLayout.ModesProperty"/>, or any revision of another tool): trees before it need no property read.
    /// </summary>
    public long FirstWithModes { get; private set; } = long.MaxValue;

    /// <summary>The youngest revision added so far.</summary>
    public long Youngest { get; private set; }

    /// <summary>Live lines (<c>trunk</c>, <c>branches/NAME</c>) and their tips, sorted by directory.</summary>
    public IEnumerable<KeyValuePair<string, long>> Tips => tips;

    /// <summary>Live tags by name (sorted): the revision each names, and the log entry of the copy that made it.</summary>
    public IEnumerable<KeyValuePair<string, (long Target, SvnLogEntry Entry)>> Tags => tags;

    /// <summary>Whether <paramref name="directory"/> is a live branch's or tag's directory.</summary>
    public bool IsNamed(string directory) => tips.ContainsKey(directory)
        || (directory.StartsWith(SvnLayout.TagsPrefix, StringComparison.Ordinal) && tags.ContainsKey(directory[SvnLayout.TagsPrefix.Length..]));

    /// <summary>The node of <paramref name="revision"/>, or null when it holds no tree of the model.</summary>
    public SvnNode? Find(long revision) => nodes.GetValueOrDefault(revision);

    /// <summary>The tip of the line in <paramref name="root"/>, or null when there is none.</summary>
    public long? TipOf(string root) => tips.TryGetValue(root, out var tip) ? tip : null;

    /// <summary>The oldest revision of <paramref name="revision"/>'s line reached through first parents on that line.</summary>
    public long FirstOnLine(long revision)
    {
        var node = Find(revision) ?? throw new ArgumentException($"revision {revision} holds no tree", nameof(revision));
        while (node.Parents.Count > 0 && Find(node.Parents[0]) is { } parent && parent.Root == node.Root)
            node = parent;
        return node.Revision;
    }

    /// <summary>Adds the next revision.</summary>
    public void Add(SvnLogEntry entry)
    {
        Youngest = Math.Max(Youngest, entry.Revision);
        if (entry.Revision > SvnRepository.LayoutRevision && (entry.Properties.ContainsKey(SvnLayout.ModesProperty) || !entry.Properties.ContainsKey(SvnLayout.RootProperty)))
            FirstWithModes = Math.Min(FirstWithModes, entry.Revision);
        var root = entry.Properties.GetValueOrDefault(SvnLayout.RootProperty) ?? Guess(entry.Paths);
        if (entry.Revision <= SvnRepository.LayoutRevision || root is null)
            return;
        var own = entry.Paths.FirstOrDefault(p => p.Path.Trim('/') == root);
        var action = entry.Properties.GetValueOrDefault(SvnLayout.ActionProperty) ?? own?.Action switch { "D" => "delete", "A" or "R" => "create", _ => null };
        if (root.StartsWith(SvnLayout.TagsPrefix, StringComparison.Ordinal))
        {
            AddTag(entry, root[SvnLayout.TagsPrefix.Length..], own, action);
            return;
        }
        if (action == "delete")
        {
            tips.Remove(root);
            return;
        }
        var parents = entry.Properties.TryGetValue(SvnLayout.ParentsProperty, out var recorded)
            ? recorded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => long.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToList()
            : action == "create" ? (own?.CopyFromPath is { } source ? [.. LastOnLine(source.Trim('/'), own.CopyFromRevision)] : [])
            : [.. tips.TryGetValue(root, out var tip) ? [tip] : Array.Empty<long>()];
        nodes[entry.Revision] = new SvnNode(entry.Revision, root, parents, entry);
        tips[root] = entry.Revision;
        if (!lines.TryGetValue(root, out var line))
            lines[root] = line = [];
        line.Add(entry.Revision);
    }

    private void AddTag(SvnLogEntry entry, string name, SvnChangedPath? own, string? action)
    {
        if (action == "delete")
        {
            tags.Remove(name);
            return;
        }
        var target = entry.Properties.TryGetValue(SvnLayout.ParentsProperty, out var recorded) && long.TryParse(recorded, NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            ? parent
            : own?.CopyFromPath is { } source ? LastOnLine(source.Trim('/'), own.CopyFromRevision).FirstOrDefault() : 0;
        if (Find(target) is not null)
            tags[name] = (target, entry);
    }

    private IEnumerable<long> LastOnLine(string root, long revision)
    {
        if (lines.TryGetValue(root, out var line) && line.LastOrDefault(r => r <= revision) is var last and > 0)
            yield return last;
    }

    /// <summary>The one line all of a foreign revision's paths are on, or null.</summary>
    private static string? Guess(IReadOnlyList<SvnChangedPath> paths)
    {
        var roots = paths.Select(p => p.Path.Trim('/')).Select(path =>
            path == SvnLayout.Trunk || path.StartsWith(SvnLayout.Trunk + "/", StringComparison.Ordinal) ? SvnLayout.Trunk
            : Under(path, SvnLayout.BranchesPrefix) ?? Under(path, SvnLayout.TagsPrefix)).Distinct().ToList();
        return roots is [{ } only] ? only : null;
    }

    private static string? Under(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length ? prefix + path[prefix.Length..].Split('/')[0] : null;
}
