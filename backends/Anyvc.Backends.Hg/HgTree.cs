using Anyvc.Host;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>A revision's tree. Revisions are immutable, so the manifest is read once and kept.</summary>
internal sealed class HgTree(HgCommandRunner hg, string repository, string node) : IVcsTree
{
    private HgManifest? manifest;

    /// <inheritdoc />
    public EntryKind Stat(string path) => Manifest.Stat(path);

    /// <inheritdoc />
    public IReadOnlyList<TreeEntry> List(string path) => Manifest.List(path)
        ?? throw new NotFoundException(Manifest.Stat(path) == EntryKind.File
            ? $"'{path}' is a file, not a directory, in hg revision {node}"
            : $"no directory '{path}' in hg revision {node}");

    /// <inheritdoc />
    public Stream OpenRead(string path)
    {
        if (Manifest.Stat(path) != EntryKind.File)
            throw new NotFoundException($"no file '{path}' in hg revision {node}");
        // "path:" makes hg take the name literally and relative to the root (not a glob, not the cwd).
        return hg.Bytes(repository, "cat", "-r", node, "path:" + path);
    }

    private HgManifest Manifest => manifest ??= new HgManifest(
        hg.Text(repository, "manifest", "-r", node).Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
