using System.Globalization;
using System.Xml.Linq;

namespace Anyvc.Backends.Svn;

/// <summary>Reads the <c>--xml</c> output of <c>svn log</c>, <c>svn list</c> and <c>svn blame</c>.</summary>
internal static class SvnXml
{
    /// <summary>The entries of <c>svn log --xml</c> (with changed paths and revision properties when asked), in the order svn printed them.</summary>
    public static IReadOnlyList<SvnLogEntry> ParseLog(byte[] xml) =>
        Load(xml).Root!.Elements("logentry").Select(entry => new SvnLogEntry(
            Number(entry.Attribute("revision")),
            entry.Element("author")?.Value ?? "",
            entry.Element("date") is { } date ? SvnDate.Parse(date.Value) : DateTimeOffset.UnixEpoch,
            entry.Element("msg")?.Value ?? "")
        {
            Paths = ChangedPaths(entry),
            Properties = entry.Elements("revprops").Elements("property")
                .ToDictionary(p => (string?)p.Attribute("name") ?? throw Malformed("a revision property without a name"), p => p.Value, StringComparer.Ordinal),
        }).ToList();

    /// <summary>The nodes of <c>svn list --xml</c> (recursive or not), in the order svn printed them.</summary>
    public static IReadOnlyList<SvnListEntry> ParseList(byte[] xml) =>
        Load(xml).Root!.Elements("list").Elements("entry").Select(entry => new SvnListEntry(
            entry.Element("name")?.Value ?? throw Malformed("a list entry without a name"),
            (string?)entry.Attribute("kind") switch
            {
                "file" => EntryKind.File,
                "dir" => EntryKind.Directory,
                var other => throw Malformed($"a list entry of kind '{other}'"),
            },
            Number(entry.Element("commit")?.Attribute("revision")),
            entry.Element("size") is { } size ? long.Parse(size.Value, CultureInfo.InvariantCulture) : -1)).ToList();

    /// <summary>The changed paths of the one revision in <c>svn log --verbose --xml --revision N</c>.</summary>
    public static IReadOnlyList<SvnChangedPath> ParseChangedPaths(byte[] xml) =>
        Load(xml).Root!.Elements("logentry").SelectMany(ChangedPaths).ToList();

    private static List<SvnChangedPath> ChangedPaths(XElement entry) =>
        entry.Elements("paths").Elements("path").Select(path => new SvnChangedPath(
            path.Value,
            (string?)path.Attribute("action") ?? throw Malformed("a changed path without an action"),
            (string?)path.Attribute("kind") ?? "",
            (string?)path.Attribute("copyfrom-path"),
            path.Attribute("copyfrom-rev") is { } revision ? Number(revision) : 0)).ToList();

    /// <summary>The revision of each line of <c>svn blame --xml</c>, top to bottom (svn's lines: it also ends one at a lone <c>\r</c>).</summary>
    public static IReadOnlyList<long> ParseBlame(byte[] xml) =>
        Load(xml).Root!.Elements("target").Elements("entry")
            .Select(entry => Number(entry.Element("commit")?.Attribute("revision"))).ToList();

    /// <summary>The properties of the one target of <c>svn proplist --xml --verbose</c>, by name.</summary>
    public static IReadOnlyDictionary<string, string> ParseProperties(byte[] xml) =>
        Load(xml).Root!.Elements("target").Elements("property")
            .ToDictionary(p => (string?)p.Attribute("name") ?? throw Malformed("a property without a name"), p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// The property names of every node in <c>svn proplist --recursive --xml BASE@REV</c>, by path relative to
    /// <paramref name="baseUrl"/> (svn prints targets as escaped URLs).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ParsePropertyNames(byte[] xml, string baseUrl)
    {
        var prefix = Uri.UnescapeDataString(baseUrl) + "/";
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var target in Load(xml).Root!.Elements("target"))
        {
            var path = Uri.UnescapeDataString((string?)target.Attribute("path") ?? throw Malformed("a property target without a path"));
            if (path.StartsWith(prefix, StringComparison.Ordinal))
                result[path[prefix.Length..]] = target.Elements("property").Select(p => (string?)p.Attribute("name") ?? "").ToHashSet(StringComparer.Ordinal);
        }
        return result;
    }

    /// <summary>Whitespace is kept: a log message may be nothing but spaces and newlines.</summary>
    private static XDocument Load(byte[] xml)
    {
        using var stream = new MemoryStream(xml, writable: false);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static long Number(XAttribute? attribute) =>
        attribute is not null && long.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed($"a missing or malformed revision number '{attribute?.Value}'");

    private static AnyvcException Malformed(string what) => new($"svn backend: svn printed XML with {what}");
}
