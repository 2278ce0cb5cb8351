using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>
/// One revision's file list, indexed for Stat and List. hg versions files (and links) only: directories are the
/// prefixes of file paths, so a directory exists exactly while it holds a file.
/// </summary>
internal sealed class HgManifest
{
    private readonly Dictionary<string, EntryKind> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TreeEntry>> directories = new(StringComparer.Ordinal) { [""] = [] };

    /// <summary>
    /// Indexes the lines of <c>hg manifest -v</c>: <c>MODE FLAG PATH</c>, the flag <c>@</c> for a link, <c>*</c> for an
    /// executable file, a space otherwise; paths root-relative and <c>/</c>-separated.
    /// </summary>
    public HgManifest(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var path = line[6..];
            var leaf = line[4] == '@' ? EntryKind.Symlink : EntryKind.File;
            var executable = line[4] == '*';
            files[path] = leaf;
            var child = path;
            var kind = leaf;
            // Walk up, creating parent directories until one already lists this branch of the tree.
            while (RepoPathSyntax.Parent(child) is { } parent)
            {
                var known = directories.TryGetValue(parent, out var entries);
                if (!known)
                    directories[parent] = entries = [];
                entries!.Add(new TreeEntry(RepoPathSyntax.Name(child), kind, null, kind == EntryKind.File && executable));
                if (known)
                    break;
                child = parent;
                kind = EntryKind.Directory;
                executable = false;
            }
        }
        foreach (var entries in directories.Values)
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
    }

    /// <summary>What <paramref name="path"/> names.</summary>
    public EntryKind Stat(string path) =>
        files.TryGetValue(path, out var kind) ? kind : directories.ContainsKey(path) ? EntryKind.Directory : EntryKind.None;

    /// <summary>The entries of a directory, or null when <paramref name="path"/> is not one. Sizes are not known here (null).</summary>
    public IReadOnlyList<TreeEntry>? List(string path) => directories.GetValueOrDefault(path);
}
