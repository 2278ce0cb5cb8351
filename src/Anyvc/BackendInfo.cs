namespace Anyvc;

/// <summary>A backend's description, as its child announces it in the hello.</summary>
/// <param name="Name">Short name used in test names and filters, e.g. <c>git</c>.</param>
/// <param name="Tool">The library or program it drives, e.g. <c>LibGit2Sharp</c> or <c>hg</c>.</param>
/// <param name="ToolVersion">The tool's version, or empty when unavailable.</param>
/// <param name="Features">What it can do.</param>
/// <param name="UnavailableReason">Null when usable; otherwise why not and how to install what is missing.</param>
public sealed record BackendInfo(string Name, string Tool, string ToolVersion, Feature Features, string? UnavailableReason)
{
    /// <summary>True when the backend's tool is present and usable.</summary>
    public bool IsAvailable => UnavailableReason is null;

    /// <summary>True when every feature in <paramref name="required"/> is supported.</summary>
    public bool Supports(Feature required) => (Features & required) == required;

    /// <summary>The hello properties that carry this description.</summary>
    public IReadOnlyDictionary<string, object?> ToProperties() => new Dictionary<string, object?>
    {
        ["backend"] = Name,
        ["tool"] = Tool,
        ["toolVersion"] = ToolVersion,
        ["features"] = Enum.GetValues<Feature>().Where(f => f != Feature.None && Supports(f)).Select(f => f.ToString()).ToArray<object?>(),
        ["unavailable"] = UnavailableReason,
    };

    /// <summary>Reads the description from hello properties; unknown feature names are ignored (newer backends).</summary>
    public static BackendInfo FromProperties(IReadOnlyDictionary<string, object?> properties)
    {
        string Text(string key) => properties.GetValueOrDefault(key) as string ?? "";
        var features = Feature.None;
        if (properties.GetValueOrDefault("features") is object?[] names)
            foreach (var name in names.OfType<string>())
                if (Enum.TryParse<Feature>(name, out var feature))
                    features |= feature;
        return new BackendInfo(Text("backend"), Text("tool"), Text("toolVersion"), features, properties.GetValueOrDefault("unavailable") as string);
    }
}
