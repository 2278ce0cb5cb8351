using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>A read-only tree: a revision's content. Paths are canonical (see <see cref="RepoPathSyntax"/>), <c>""</c> is the root.</summary>
public interface IVcsTree
{
    /// <summary>What <paramref name="path"/> names.</summary>
    EntryKind Stat(string path);

    /// <summary>The entries of a directory, sorted ordinally by name.</summary>
    /// <exception cref="NotFoundException">The path is not a directory.</exception>
    IReadOnlyList<TreeEntry> List(string path);

    /// <summary>
    /// The entries of a directory for the host's own bookkeeping (a transaction loading what it changes): names and
    /// kinds must be right, file sizes may be null. Override it where sizes cost extra reads; by default it is
    /// <see cref="List"/>.
    /// </summary>
    /// <exception cref="NotFoundException">The path is not a directory.</exception>
    IReadOnlyList<TreeEntry> ListWithoutSizes(string path) => List(path);

    /// <summary>The content of a file.</summary>
    /// <exception cref="NotFoundException">The path is not a file.</exception>
    Stream OpenRead(string path);
}
