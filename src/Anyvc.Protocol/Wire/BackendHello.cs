namespace Anyvc.Wire;

/// <summary>
/// The hello properties that describe a backend: <c>backend</c>, <c>tool</c>, <c>toolVersion</c>, <c>features</c>
/// (names), <c>limits</c> (feature name → why it is missing), <c>reserved</c> (names) and <c>unavailable</c>.
/// Unknown keys and feature names are ignored, so an older parent can talk to a newer backend.
/// </summary>
public static class BackendHello
{
    /// <summary>The environment variable through which the parent tells a child the name it registered it under.</summary>
    public const string NameVariable = "ANYVC_BACKEND_NAME";

    /// <summary>The properties that carry <paramref name="info"/>.</summary>
    public static IReadOnlyDictionary<string, object?> ToProperties(BackendInfo info) => new Dictionary<string, object?>
    {
        ["backend"] = info.Name,
        ["tool"] = info.Tool,
        ["toolVersion"] = info.ToolVersion,
        ["features"] = FeatureNames(info.Features).ToArray<object?>(),
        ["limits"] = info.Limits.ToDictionary(l => l.Key.ToString(), l => (object?)l.Value),
        ["reserved"] = info.ReservedNames.ToArray<object?>(),
        ["unavailable"] = info.UnavailableReason,
    };

    /// <summary>Reads a description from hello properties.</summary>
    public static BackendInfo FromProperties(IReadOnlyDictionary<string, object?> properties)
    {
        string Text(string key) => properties.GetValueOrDefault(key) as string ?? "";
        var features = Feature.None;
        foreach (var name in Strings(properties.GetValueOrDefault("features")))
            if (Single(name) is { } feature)
                features |= feature;
        var limits = new Dictionary<Feature, string>();
        if (properties.GetValueOrDefault("limits") is IReadOnlyDictionary<string, object?> map)
            foreach (var (name, reason) in map)
                if (Single(name) is { } feature && reason is string why)
                    limits[feature] = why;
        return new BackendInfo(Text("backend"), Text("tool"), Text("toolVersion"), features, properties.GetValueOrDefault("unavailable") as string)
        {
            Limits = limits,
            ReservedNames = Strings(properties.GetValueOrDefault("reserved")).ToList(),
        };
    }

    /// <summary>The names of the single features in <paramref name="features"/>.</summary>
    public static IEnumerable<string> FeatureNames(Feature features) =>
        Enum.GetValues<Feature>().Where(f => f != Feature.None && (features & f) == f).Select(f => f.ToString());

    /// <summary>The one feature <paramref name="name"/> names exactly; null for unknown names, numbers and lists.</summary>
    private static Feature? Single(string name) =>
        Enum.GetValues<Feature>().Where(f => f != Feature.None && f.ToString() == name).Select(f => (Feature?)f).FirstOrDefault();

    private static IEnumerable<string> Strings(object? value) => value is object?[] items ? items.OfType<string>() : [];
}
