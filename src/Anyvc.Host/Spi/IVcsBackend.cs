namespace Anyvc.Host;

/// <summary>
/// What a backend implements. The host does everything else: the protocol, the object table, staging a
/// transaction's changes, streaming content, checking paths. See docs/adding-a-backend.md.
/// </summary>
public interface IVcsBackend
{
    /// <summary>
    /// Name, tool, version, features (with the reasons for the ones the tool cannot do), reserved names; says why the
    /// backend is unavailable (with an install hint) when its tool is missing.
    /// </summary>
    BackendInfo Describe();

    /// <summary>Creates an empty repository in <paramref name="directory"/> (which exists and is empty).</summary>
    /// <exception cref="FeatureNotSupportedException">The backend is unavailable (its tool is missing).</exception>
    IVcsRepository Create(string directory);

    /// <summary>Opens the repository in <paramref name="directory"/> (which exists).</summary>
    /// <exception cref="NotFoundException">There is no repository there.</exception>
    IVcsRepository Open(string directory);

    /// <summary>
    /// Drops per-connection state that no repository object owns (caches keyed by directory, in-memory stores):
    /// <c>$reset</c> calls it after disposing every object, before the child serves the next test.
    /// </summary>
    void Reset()
    {
    }
}
