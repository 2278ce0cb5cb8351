using System.Reflection;
using Anyvc.Host;

namespace Anyvc.Backends.Memory;

/// <summary>
/// The in-memory reference backend: repositories live in this process's memory, keyed by the token of the marker
/// file in their directory. It is strict where other backends are lenient, to pin the semantics they must match.
/// </summary>
public sealed class MemoryBackend : IVcsBackend
{
    private const Feature Features = Feature.CommitTime | Feature.TimeZoneOffset | Feature.Renames | Feature.EmptyDirectories | Feature.Annotate
        | Feature.Branches | Feature.Merges | Feature.OctopusMerges | Feature.LightweightBranches
        | Feature.Tags | Feature.LightweightTags | Feature.AnnotatedTags | Feature.Symlinks | Feature.ExecutableBit | Feature.Copies | Feature.Bookmarks;

    private static readonly string Version = typeof(MemoryBackend).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1";

    private readonly Dictionary<string, RevisionStore> repositories = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>It has no tool, so it reserves no names; it lacks only what living in memory rules out.</remarks>
    public BackendInfo Describe() => new("memory", "memory", Version, Features, null)
    {
        Limits = new Dictionary<Feature, string>
        {
            [Feature.CopyableDirectories] = "a repository lives in the memory of the backend process that made it; its directory holds only a marker, so a copy of it is no repository",
        },
    };

    /// <inheritdoc />
    public IVcsRepository Create(string directory)
    {
        var store = new RevisionStore(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        repositories.Add(RepositoryMarker.Create(directory), store);
        return new MemoryRepository(store, directory);
    }

    /// <inheritdoc />
    public IVcsRepository Open(string directory)
    {
        var token = RepositoryMarker.Read(directory);
        if (repositories.TryGetValue(token, out var store) && store.Directory != Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)))
            throw new NotFoundException($"no memory repository at '{directory}': its marker is a copy of the one in '{store.Directory}', "
                + "and a memory repository lives in the backend process, not in its directory: opening the copy would share the original");
        return store is not null
            ? new MemoryRepository(store, directory)
            : throw new NotFoundException($"no memory repository at '{directory}': its marker's token {token} was not made by this process, "
                + "so it was created by another backend process: the memory backend keeps repositories only in the process that made them "
                + "(or this process forgot it in Reset)");
    }

    /// <summary>Forgets every repository, so a reused process starts empty; their directories can no longer be opened.</summary>
    public void Reset() => repositories.Clear();
}
