using System.Text;
using Anyvc.Channels.Processes;
using Anyvc.Host;

namespace Anyvc.Backends.Svn;

/// <summary>
/// The svn backend, over the Subversion command-line tools: repositories in the standard layout (trunk, branches,
/// tags), read through <c>file://</c> URLs, each commit one revision loaded by <c>svnadmin load</c>, no working copy.
/// </summary>
public sealed class SvnBackend : IVcsBackend
{
    /// <summary>What svn can do. Dates are kept as UTC instants, so there is no <see cref="Feature.TimeZoneOffset"/>.</summary>
    private const Feature Features = Feature.CommitTime | Feature.Renames | Feature.EmptyDirectories | Feature.Annotate
        | Feature.Branches | Feature.Merges | Feature.OctopusMerges | Feature.Tags | Feature.AnnotatedTags
        | Feature.Symlinks | Feature.ExecutableBit | Feature.Copies | Feature.CopyableDirectories;

    private static readonly Dictionary<Feature, string> Limits = new()
    {
        [Feature.TimeZoneOffset] = "svn:date is a UTC instant; the offset is not kept",
        [Feature.Bookmarks] = "svn names revisions only by number and by the directories of branches and tags",
        [Feature.LightweightTags] = "a tag is a directory under tags/: creating one is a copy and deleting one a removal, each a revision of its own",
        [Feature.LightweightBranches] = "a branch is a directory: creating one is a copy and deleting one a removal, each a revision of its own",
    };

    /// <summary>The programs the backend needs, svn first: when Subversion is absent the hint names svn.</summary>
    private static readonly string[] Programs = ["svn", "svnadmin", "svnlook"];

    private readonly Lazy<SvnTool> tool = new(() => new SvnTool(SvnConfigDirectory.Prepare()));
    private readonly Lazy<string?> unavailable = new(() => ProgramSearch.Missing(Programs) is { Count: > 0 } missing
        ? $"{missing[0]} not found on PATH: install Subversion (apt-get install subversion)"
        : null);

    private string? version;

    /// <inheritdoc />
    public BackendInfo Describe()
    {
        if (unavailable.Value is { } reason)
            return Described("", reason);
        version ??= Encoding.UTF8.GetString(tool.Value.Svn("--version", "--quiet")).Trim();
        return Described(version, null);
    }

    private static BackendInfo Described(string version, string? unavailableReason) =>
        new("svn", "svn", version, Features, unavailableReason) { Limits = Limits, ReservedNames = [".svn"] };

    /// <inheritdoc />
    public IVcsRepository Create(string directory)
    {
        var svn = Tool();
        svn.Admin("create", directory);
        svn.Load(directory, output =>
        {
            var layout = new SvnDumpWriter(output);
            layout.Header();
            layout.Revision(1, [new("svn:author", "anyvc"), new("svn:date", SvnDate.ToSvn(DateTimeOffset.UtcNow)), new("svn:log", "Standard layout")]);
            foreach (var top in new[] { "trunk", "branches", "tags" })
                layout.AddDirectory(top);
        });
        return new SvnRepository(svn, directory);
    }

    /// <inheritdoc />
    public IVcsRepository Open(string directory)
    {
        var svn = Tool();
        if (!File.Exists(Path.Combine(directory, "format")) || !Directory.Exists(Path.Combine(directory, "db")))
            throw new NotFoundException($"no svn repository at '{directory}'");
        return new SvnRepository(svn, directory);
    }

    private SvnTool Tool() => unavailable.Value is { } reason ? throw new FeatureNotSupportedException($"svn backend: {reason}") : tool.Value;
}
