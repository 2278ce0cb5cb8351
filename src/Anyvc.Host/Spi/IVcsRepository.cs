using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// The core every backend's repository implements. Revision ids are the backend's own (hashes, revision numbers).
/// Optional features come as capability interfaces (<see cref="IVcsRenames"/>, ...), listed in <see cref="Capabilities"/>.
/// </summary>
public interface IVcsRepository : IDisposable
{
    /// <summary>The id of the newest revision on the default line of history, or null when there is none.</summary>
    string? Head();

    /// <summary>The default line of history, newest first (first parents from the head).</summary>
    IReadOnlyList<string> History();

    /// <summary>The full id of <paramref name="id"/> (a unique prefix may be accepted).</summary>
    /// <exception cref="NotFoundException">No such revision.</exception>
    string Resolve(string id);

    /// <summary>Metadata of a revision.</summary>
    RevisionInfo Info(string id);

    /// <summary>The read-only tree of a revision.</summary>
    IVcsTree Tree(string id);

    /// <summary>
    /// File paths whose content differs between revision <paramref name="from"/> (null: the empty tree) and revision
    /// <paramref name="to"/>: added, modified or removed, sorted ordinally; a rename lists both paths. Full ids; the
    /// host asks with a revision's first parent for its own changes, and makes every diff from these paths and the two
    /// trees, in one format for every backend.
    /// </summary>
    IReadOnlyList<string> ChangedFiles(string? from, string to);

    /// <summary>Records <paramref name="request"/> as one new revision on the default line; returns its id.</summary>
    string Commit(CommitRequest request);

    /// <summary>
    /// Checks the whole repository with the tool's own verifier (<c>git fsck</c>, <c>hg verify</c>, <c>svnadmin
    /// verify</c>) and returns quietly when it is sound.
    /// </summary>
    /// <exception cref="AnyvcException">It is not; the message carries the verifier's report.</exception>
    void Verify();
}
