namespace Anyvc.Host;

/// <summary>
/// What a backend implements. The host does everything else: the protocol, the object table, staging a
/// transaction's changes, streaming content. See docs/adding-a-backend.md.
/// </summary>
public interface IVcsBackend
{
    /// <summary>Name, tool, version and features; says why the backend is unavailable (with an install hint) when its tool is missing.</summary>
    BackendInfo Describe();

    /// <summary>Creates an empty repository in <paramref name="directory"/> (which exists and is empty).</summary>
    IVcsRepository Create(string directory);

    /// <summary>Opens the repository in <paramref name="directory"/>.</summary>
    /// <exception cref="NotFoundException">There is no repository there.</exception>
    IVcsRepository Open(string directory);
}
