namespace Anyvc;

/// <summary>A backend's description, as its child announces it in the hello.</summary>
/// <param name="Name">Short name used in test names and filters, e.g. <c>git</c>.</param>
/// <param name="Tool">The library or program it drives, e.g. <c>LibGit2Sharp</c> or <c>hg</c>.</param>
/// <param name="ToolVersion">The tool's version, or empty when unavailable.</param>
/// <param name="Features">What it can do.</param>
/// <param name="UnavailableReason">Null when usable; otherwise why not and how to install what is missing.</param>
public sealed record BackendInfo(string Name, string Tool, string ToolVersion, Feature Features, string? UnavailableReason)
{
    /// <summary>Why the backend lacks a feature, for the features its tool cannot do (e.g. svn: TimeZoneOffset).</summary>
    public IReadOnlyDictionary<Feature, string> Limits { get; init; } = new Dictionary<Feature, string>();

    /// <summary>Names the backend's tool keeps for itself and a tree cannot hold at any depth (e.g. <c>.git</c>); compared ignoring case.</summary>
    public IReadOnlyList<string> ReservedNames { get; init; } = [];

    /// <summary>True when the backend's tool is present and usable.</summary>
    public bool IsAvailable => UnavailableReason is null;

    /// <summary>True when every feature in <paramref name="required"/> is supported.</summary>
    public bool Supports(Feature required) => (Features & required) == required;

    /// <summary>Why the features of <paramref name="wanted"/> that this backend lacks are missing, for messages.</summary>
    public string Lacking(Feature wanted)
    {
        var missing = Enum.GetValues<Feature>().Where(f => f != Feature.None && (wanted & f) == f && !Supports(f)).ToList();
        return string.Join("; ", missing.Select(f => Limits.TryGetValue(f, out var why) ? $"{f} ({why})" : $"{f}"));
    }
}
