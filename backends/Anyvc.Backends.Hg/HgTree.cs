using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>A revision's tree. Revisions are immutable, so the manifest is read once and kept.</summary>
internal sealed class HgTree(HgCommandRunner hg, string repository, string node) : IVcsTree
{
    private HgManifest? manifest;
    private Dictionary<string, long>? sizes;

    /// <inheritdoc />
    public EntryKind Stat(string path) => Manifest.Stat(path);

    /// <inheritdoc />
    public IReadOnlyList<TreeEntry> List(string path) =>
        ListWithoutSizes(path).Select(entry => entry.Kind != EntryKind.Directory
            ? entry with { Size = Sizes[path.Length == 0 ? entry.Name : path + "/" + entry.Name] }
            : entry).ToList();

    /// <inheritdoc />
    /// <remarks>From the manifest alone: a transaction loading the directories it changes never pays for sizes.</remarks>
    public IReadOnlyList<TreeEntry> ListWithoutSizes(string path) => Manifest.List(path) ?? throw new NotFoundException(Manifest.Stat(path) == EntryKind.File
        ? $"'{path}' is a file, not a directory, in hg revision {node}"
        : $"no directory '{path}' in hg revision {node}");

    /// <inheritdoc />
    public Stream OpenRead(string path)
    {
        if (Manifest.Stat(path) is not (EntryKind.File or EntryKind.Symlink))
            throw new NotFoundException($"no file '{path}' in hg revision {node}");
        // "path:" makes hg take the name literally and relative to the root (not a glob, not the cwd).
        return hg.Bytes(repository, "cat", "-r", node, "path:" + path);
    }

    /// <summary>Every file's size, read on the first listing only: stat and reads do not need them.</summary>
    private Dictionary<string, long> Sizes => sizes ??= ReadSizes();

    private Dictionary<string, long> ReadSizes()
    {
        var fields = hg.Text(repository, "files", "-r", node, "-T", "{path}\\0{size}\\0").Split('\0');
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < fields.Length; i += 2)
            result[fields[i]] = long.Parse(fields[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }

    private HgManifest Manifest => manifest ??= new HgManifest(
        hg.Text(repository, "manifest", "-v", "-r", node).Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
