using System.Text.Json;
using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>One hg repository, read and written through the backend's shared command server.</summary>
internal sealed partial class HgRepository(HgCommandRunner hg, string directory) : IVcsRepository, IVcsRenames, IVcsCopies, IVcsAnnotate
{
    /// <summary>The default head: the newest head of the <c>default</c> branch (empty in an empty repository).</summary>
    private const string HeadRevset = "max(head() and branch('re:^default$'))";

    private const string NullNode = "0000000000000000000000000000000000000000";
    private const string WorkingDirectoryNode = "ffffffffffffffffffffffffffffffffffffffff";

    // Full ids seen to exist; nodes never change meaning, so Resolve skips hg for them.
    private readonly HashSet<string> knownNodes = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string? Head() => Remember(Lines(hg.Text(directory, "log", "-r", HeadRevset, "-T", "{node}\\n")).FirstOrDefault());

    /// <inheritdoc />
    public IReadOnlyList<string> History()
    {
        var nodes = Lines(hg.Text(directory, "log", "-r", $"reverse(_firstancestors({HeadRevset}))", "-T", "{node}\\n"));
        lock (knownNodes)
            knownNodes.UnionWith(nodes);
        return nodes;
    }

    /// <inheritdoc />
    public string Resolve(string id)
    {
        var prefix = id.Trim().ToLowerInvariant();
        // Only hex prefixes: hg would also take revision numbers, "tip", "." or revsets, which are not ids.
        if (prefix.Length is 0 or > 40 || !prefix.All(char.IsAsciiHexDigitLower))
            throw new NotFoundException($"no hg revision '{id}': ids are 1 to 40 hex digits");
        lock (knownNodes)
            if (knownNodes.Contains(prefix))
                return prefix;
        var nodes = Lines(hg.Text(directory, "log", "-r", $"id('{prefix}')", "-T", "{node}\\n"))
            .Where(n => n is not (NullNode or WorkingDirectoryNode)).ToList();
        return nodes.Count == 1 ? Remember(nodes[0])! : throw new NotFoundException($"no hg revision '{id}' in {directory}");
    }

    /// <inheritdoc />
    public RevisionInfo Info(string id)
    {
        var node = Resolve(id);
        using var json = JsonDocument.Parse(hg.Text(directory, "log", "-r", node, "-T", "json"));
        var entry = json.RootElement[0];
        var date = entry.GetProperty("date");
        var parents = entry.GetProperty("parents").EnumerateArray().Select(p => p.GetString()!).Where(p => p != NullNode).ToList();
        return new RevisionInfo(
            node,
            entry.GetProperty("user").GetString()!,
            HgDate.FromHg(date[0].GetInt64(), date[1].GetInt32()),
            entry.GetProperty("desc").GetString()!,
            parents);
    }

    /// <inheritdoc />
    public IVcsTree Tree(string id) => new HgTree(hg, directory, Resolve(id));

    /// <inheritdoc />
    public IReadOnlyList<string> ChangedFiles(string? from, string to)
    {
        // status compares the two manifests, so a rename lists both paths; NUL-separated since hg file names may hold
        // anything but NUL, CR and LF. hg's "null" revision is the empty tree. Between revisions that are not parent
        // and child, "modified" means another file revision, which may hold the same bytes (changed and changed back).
        var older = from is null ? "null" : Resolve(from);
        var newer = Resolve(to);
        var entries = hg.Text(directory, "status", "--rev", older, "--rev", newer, "-mar", "-T", "{status}{path}\\0")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
        // Against its first parent a revision's "modified" is always real: hg keeps the parent's file revision when the
        // bytes are unchanged. Only other pairs need the contents compared (two reads per file, so asked once here).
        var compareContents = entries.Any(entry => entry[0] == 'M')
            && hg.Text(directory, "log", "-r", newer, "-T", "{p1.node}").Trim() != older;
        return entries
            .Where(entry => entry[0] != 'M' || !compareContents || !SameContent(older, newer, entry[1..]))
            .Select(entry => entry[1..])
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    /// <remarks>hg records copies per file; a copy whose source is gone from the revision is a rename.</remarks>
    public IReadOnlyList<Rename> Renames(string id) => Relocations(id, moved: true);

    /// <inheritdoc />
    public IReadOnlyList<Rename> Copies(string id) => Relocations(id, moved: false);

    private List<Rename> Relocations(string id, bool moved)
    {
        var node = Resolve(id);
        var fields = hg.Text(directory, "log", "-r", node, "-T", "{file_copies % '{source}\\0{name}\\0'}").Split('\0');
        var tree = Tree(node);
        var found = new List<Rename>();
        for (var i = 0; i + 1 < fields.Length; i += 2)
            if ((tree.Stat(fields[i]) is not (EntryKind.File or EntryKind.Symlink)) == moved)
                found.Add(new Rename(fields[i], fields[i + 1]));
        return found.OrderBy(r => r.To, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public string Commit(CommitRequest request) => Commit(request, close: false);

    private string Commit(CommitRequest request, bool close)
    {
        HgLimits.Check(request);
        RecoverInterruptedTransaction();
        var spec = Path.Combine(Path.GetTempPath(), $"anyvc-hg-commit-{Guid.NewGuid():N}.json");
        try
        {
            HgCommitSpec.Write(request, spec, close);
            var node = Lines(hg.Text(directory, "anyvc-commit", spec)).LastOrDefault();
            if (node is not { Length: 40 })
                throw new AnyvcException($"hg anyvc-commit in {directory} printed no node");
            return Remember(node)!;
        }
        finally
        {
            File.Delete(spec);
        }
    }

    /// <summary>Nothing to release: the command server belongs to the backend, not to one repository.</summary>
    public void Dispose()
    {
    }

    private string? Remember(string? node)
    {
        if (node is not null)
            lock (knownNodes)
                knownNodes.Add(node);
        return node;
    }

    private bool SameContent(string node, string otherNode, string path)
    {
        using var one = hg.Bytes(directory, "cat", "-r", node, "path:" + path);
        using var other = hg.Bytes(directory, "cat", "-r", otherNode, "path:" + path);
        return one.ToArray().AsSpan().SequenceEqual(other.ToArray());
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
