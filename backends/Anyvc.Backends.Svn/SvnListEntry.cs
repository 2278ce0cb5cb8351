
namespace Anyvc.Backends.Svn;

/// <summary>One node of a recursive <c>svn list --xml</c>.</summary>
/// <param name="Path">Relative to the listed directory, <c>/</c>-separated.</param>
/// <param name="Kind">File, directory, or symbolic link (a file with <c>svn:special</c>).</param>
/// <param name="CommitRevision">
/// The revision that last changed the node. A file whose value differs between two revisions is a different
/// node-revision there, which is how changed files are found without another process.
/// </param>
/// <param name="Size">The file size in bytes (-1 for directories; a link's: its target's length).</param>
internal sealed record SvnListEntry(string Path, EntryKind Kind, long CommitRevision, long Size)
{
    /// <summary>A file with <c>svn:executable</c>.</summary>
    public bool Executable { get; init; }
}
