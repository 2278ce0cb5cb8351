using System.Text.RegularExpressions;
using Anyvc.Channels.Processes;

namespace Anyvc.Backends.Hg;

/// <summary>Finds the <c>hg</c> program and owns the environment every hg process of this backend runs with.</summary>
internal static partial class HgTool
{
    /// <summary>Why the backend is unusable when hg is missing, with the install hint.</summary>
    public const string NotFoundReason = "hg not found on PATH: install Mercurial (apt-get install mercurial)";

    /// <summary>The author hg falls back to where a command insists on one (our commits always name their author).</summary>
    public const string FallbackUser = "Anyvc <anyvc@invalid>";

    /// <summary>The full path of <c>hg</c> on PATH, or null.</summary>
    public static string? Find() => ProgramSearch.Find("hg");

    /// <summary>
    /// What hg runs with, whoever started this child: plain output (no aliases, no localization, no <c>[defaults]</c>),
    /// UTF-8 text, no hgrc at all (an empty HGRCPATH: a hostile ~/.hgrc or /etc/mercurial cannot reach us; what we
    /// need is passed as <c>--config</c>), and a username so no command ever asks.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["HGPLAIN"] = "1",
        ["HGPLAINEXCEPT"] = null,
        ["HGENCODING"] = "UTF-8",
        ["HGRCPATH"] = "",
        ["HGUSER"] = FallbackUser,
        ["EMAIL"] = null,
        ["HGEDITOR"] = null,
    };

    /// <summary>The version from <c>hg --version</c> (one spawn, at startup), or empty when it cannot be read.</summary>
    public static string Version(string hg)
    {
        try
        {
            var result = ToolRunner.Run(new ToolCommand(hg, ["--version"]) { Environment = Environment, Timeout = TimeSpan.FromMinutes(1) });
            return VersionPattern().Match(result.OutputText) is { Success: true } match ? match.Groups[1].Value : "";
        }
        catch (ToolException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"\(version ([^)]+)\)")]
    private static partial Regex VersionPattern();
}
