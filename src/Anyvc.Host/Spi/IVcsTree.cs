using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>A read-only tree: a revision's content. Paths are canonical (see <see cref="RepoPathSyntax"/>), <c>""</c> is the root.</summary>
public interface IVcsTree
{
    /// <summary>What <paramref name="path"/> names (<see cref="EntryKind.Symlink"/> only with <see cref="Feature.Symlinks"/>).</summary>
    EntryKind Stat(string path);

    /// <summary>The entries of a directory, sorted ordinally by name, with sizes (a link's: its target's length) and executable bits.</summary>
    /// <exception cref="NotFoundException">The path is not a directory.</exception>
    IReadOnlyList<TreeEntry> List(string path);

    /// <summary>
    /// The entries of a directory for the host's own bookkeeping (a transaction loading what it changes): names and
    /// kinds must be right, file sizes may be null. Override it where sizes cost extra reads; by default it is
    /// <see cref="List"/>.
    /// </summary>
    /// <exception cref="NotFoundException">The path is not a directory.</exception>
    IReadOnlyList<TreeEntry> ListWithoutSizes(string path) => List(path);

    /// <summary>The content of a file; of a symbolic link, its target's bytes (the host never hands those out as a file).</summary>
    /// <exception cref="NotFoundException">The path is neither.</exception>
    Stream OpenRead(string path);

    /// <summary>Whether the file at <paramref name="path"/> has its executable bit set; by default read from its directory's listing.</summary>
    bool IsExecutable(string path) =>
        path.Length > 0 && List(RepoPathSyntax.Parent(path)!).FirstOrDefault(entry => entry.Name == RepoPathSyntax.Name(path)) is { Kind: EntryKind.File, Executable: true };
}
