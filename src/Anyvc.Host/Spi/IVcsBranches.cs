using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// Capability of <see cref="Feature.Branches"/>: named lines of history. The host validates names (see
/// <see cref="RefNames"/>), checks that a branch exists or not before asking, and never deletes the default
/// branch. Commits onto a branch come through <see cref="IVcsRepository.Commit"/> with <see cref="CommitRequest.Branch"/>.
/// </summary>
public interface IVcsBranches
{
    /// <summary>The name of the branch <see cref="IVcsRepository.Head"/> and <see cref="IVcsRepository.History"/> follow.</summary>
    string DefaultBranch { get; }

    /// <summary>Every live branch with the full id of its tip, sorted ordinally by name; a branch with no revision yet is not listed.</summary>
    IReadOnlyList<NamedRevision> Branches();

    /// <summary>
    /// Creates branch <paramref name="name"/> (which does not exist) at revision <paramref name="id"/> (a full id) and
    /// returns its tip: <paramref name="id"/> with <see cref="Feature.LightweightBranches"/>, otherwise the revision the
    /// backend recorded for it (a child of <paramref name="id"/> with the same tree) using <paramref name="change"/>.
    /// </summary>
    string CreateBranch(string name, string id, RefChange change);

    /// <summary>Deletes (hg: closes) branch <paramref name="name"/>, which exists and is not the default branch.</summary>
    void DeleteBranch(string name, RefChange change);
}
