namespace Anyvc.Host;

/// <summary>
/// Which capability interface each feature needs. A backend that declares a feature must implement its interface in
/// every repository it returns; the host checks this when a repository is created or opened, so a false claim fails
/// at once with a message naming the interface, not later as a missing command. Features without an interface
/// (<see cref="Feature.CommitTime"/>, <see cref="Feature.TimeZoneOffset"/>, <see cref="Feature.EmptyDirectories"/>)
/// change what the core methods keep; the conformance suite proves those.
/// </summary>
public static class Capabilities
{
    /// <summary>The feature → interface table.</summary>
    public static IReadOnlyDictionary<Feature, Type> Interfaces { get; } = new Dictionary<Feature, Type>
    {
        [Feature.Renames] = typeof(IVcsRenames),
        [Feature.Annotate] = typeof(IVcsAnnotate),
        [Feature.Branches] = typeof(IVcsBranches),
        [Feature.Tags] = typeof(IVcsTags),
        [Feature.Copies] = typeof(IVcsCopies),
        [Feature.Bookmarks] = typeof(IVcsBookmarks),
    };

    /// <summary>The capability of <paramref name="feature"/> in <paramref name="repository"/>, when the backend declares it.</summary>
    /// <exception cref="FeatureNotSupportedException">The backend does not declare the feature; the message says why it lacks it.</exception>
    public static T Require<T>(BackendInfo info, Feature feature, IVcsRepository repository) where T : class
    {
        if (!info.Supports(feature))
            throw new FeatureNotSupportedException($"the {info.Name} backend lacks feature {info.Lacking(feature)}");
        return repository as T ?? throw Undelivered(info, feature, repository);
    }

    /// <summary>Checks that <paramref name="repository"/> implements the interface of every feature <paramref name="info"/> declares.</summary>
    /// <exception cref="AnyvcException">It does not: the backend claims a feature it cannot serve.</exception>
    public static void Verify(BackendInfo info, IVcsRepository repository)
    {
        foreach (var (feature, capability) in Interfaces)
            if (info.Supports(feature) && !capability.IsInstanceOfType(repository))
                throw Undelivered(info, feature, repository);
    }

    private static AnyvcException Undelivered(BackendInfo info, Feature feature, IVcsRepository repository) =>
        new($"the {info.Name} backend declares feature {feature} but its repository type {repository.GetType().Name} does not implement {Interfaces[feature].Name}: implement it, or stop declaring the feature");
}
