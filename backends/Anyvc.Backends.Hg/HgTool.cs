using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Anyvc.Backends.Hg;

/// <summary>Finds the <c>hg</c> program and the environment every hg process of this backend runs with.</summary>
internal static partial class HgTool
{
    /// <summary>Why the backend is unusable when hg is missing, with the install hint.</summary>
    public const string NotFoundReason = "hg not found on PATH: install Mercurial (apt-get install mercurial)";

    /// <summary>The author hg falls back to when nobody set one (our commits always name their author).</summary>
    public const string FallbackUser = "Anyvc <anyvc@invalid>";

    /// <summary>The full path of <c>hg</c> on PATH, or null.</summary>
    public static string? Find()
    {
        foreach (var directory in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? new[] { "hg.exe", "hg.cmd", "hg.bat" } : ["hg"])
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Overrides on top of the inherited environment: plain output (no aliases, no localization), UTF-8 text,
    /// a username fallback, and, when the harness did not choose an hgrc, no user or system hgrc at all.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment()
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HGPLAIN"] = "1",
            ["HGENCODING"] = "UTF-8",
        };
        if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("HGUSER")))
            overrides["HGUSER"] = FallbackUser;
        // An empty HGRCPATH means "read no hgrc": a hostile ~/.hgrc cannot reach us even outside the harness.
        if (System.Environment.GetEnvironmentVariable("HGRCPATH") is null)
            overrides["HGRCPATH"] = "";
        return overrides;
    }

    /// <summary>The version from <c>hg --version</c> (one spawn, at startup), or empty when it cannot be read.</summary>
    public static string Version(string hg)
    {
        var start = new ProcessStartInfo(hg)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--version");
        foreach (var (key, value) in Environment())
            start.Environment[key] = value;
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var errorRead = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errorRead.Result;
            return VersionPattern().Match(text) is { Success: true } match ? match.Groups[1].Value : "";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"\(version ([^)]+)\)")]
    private static partial Regex VersionPattern();
}
