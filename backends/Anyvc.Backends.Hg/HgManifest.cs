using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>
/// One revision's file list, indexed for Stat and List. hg versions files only: directories are the prefixes of
/// file paths, so a directory exists exactly while it holds a file.
/// </summary>
internal sealed class HgManifest
{
    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TreeEntry>> directories = new(StringComparer.Ordinal) { [""] = [] };

    /// <summary>Indexes <paramref name="paths"/> (root-relative, <c>/</c>-separated).</summary>
    public HgManifest(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            files.Add(path);
            var child = path;
            var kind = EntryKind.File;
            // Walk up, creating parent directories until one already lists this branch of the tree.
            while (RepoPathSyntax.Parent(child) is { } parent)
            {
                var known = directories.TryGetValue(parent, out var entries);
                if (!known)
                    directories[parent] = entries = [];
                entries!.Add(new TreeEntry(RepoPathSyntax.Name(child), kind, null));
                if (known)
                    break;
                child = parent;
                kind = EntryKind.Directory;
            }
        }
        foreach (var entries in directories.Values)
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
    }

    /// <summary>What <paramref name="path"/> names.</summary>
    public EntryKind Stat(string path) =>
        files.Contains(path) ? EntryKind.File : directories.ContainsKey(path) ? EntryKind.Directory : EntryKind.None;

    /// <summary>The entries of a directory, or null when <paramref name="path"/> is not one. Sizes are not known here (null).</summary>
    public IReadOnlyList<TreeEntry>? List(string path) => directories.GetValueOrDefault(path);
}
