using Anyvc.Backends.Hg.Protocol;
using Anyvc.Host;

namespace Anyvc.Backends.Hg;

/// <summary>
/// The Mercurial backend: one long-lived <c>hg serve --cmdserver pipe</c> per backend process serves every
/// repository; commits go through the <c>anyvc_ext.py</c> extension (memctx) without a working copy.
/// </summary>
public sealed class HgBackend : IVcsBackend
{
    private const Feature Features = Feature.CommitTime | Feature.TimeZoneOffset | Feature.Renames | Feature.Annotate | Feature.Branches | Feature.Merges | Feature.Tags | Feature.Symlinks | Feature.ExecutableBit | Feature.Copies | Feature.Bookmarks
        | Feature.CopyableDirectories;

    private static readonly Dictionary<Feature, string> Limits = new()
    {
        [Feature.EmptyDirectories] = "hg tracks files; a directory exists only while it holds one",
        [Feature.LightweightBranches] = "a named branch exists only in the changesets that carry its name: creating one commits an empty changeset, deleting one commits a changeset that closes it",
        [Feature.OctopusMerges] = "a changeset has at most two parents",
        [Feature.LightweightTags] = "a tag is a line in the versioned file .hgtags: creating or deleting one commits that file",
        [Feature.AnnotatedTags] = "a tag is a line in .hgtags with no metadata of its own (the changeset that adds it has its own)",
    };

    private readonly Lazy<BackendInfo> info;
    private readonly Lazy<HgCommandRunner> runner;

    /// <summary>Creates the backend; hg is looked up on first use.</summary>
    public HgBackend()
    {
        var hg = new Lazy<string?>(HgTool.Find);
        info = new Lazy<BackendInfo>(() => (hg.Value is { } path
            ? new BackendInfo("hg", "hg", HgTool.Version(path), Features, null)
            : new BackendInfo("hg", "hg", "", Features, HgTool.NotFoundReason)) with { Limits = Limits, ReservedNames = [".hg"] });
        runner = new Lazy<HgCommandRunner>(() => new HgCommandRunner(StartClient(hg.Value!)));
    }

    /// <summary>The extension file shipped next to this assembly.</summary>
    internal static string ExtensionPath => Path.Combine(AppContext.BaseDirectory, "anyvc_ext.py");

    /// <inheritdoc />
    public BackendInfo Describe() => info.Value;

    /// <inheritdoc />
    public IVcsRepository Create(string directory)
    {
        var hg = Runner();
        // hg reads a '#' in a path given to init as a URL fragment: init the working directory instead.
        hg.Text(null, "--cwd", directory, "init", ".");
        return new HgRepository(hg, directory);
    }

    /// <inheritdoc />
    public IVcsRepository Open(string directory)
    {
        var hg = Runner();
        if (!Directory.Exists(Path.Combine(directory, ".hg")))
            throw new NotFoundException($"no hg repository at '{directory}': it has no .hg directory");
        return new HgRepository(hg, directory);
    }

    private HgCommandRunner Runner()
    {
        if (Describe().UnavailableReason is { } reason)
            throw new FeatureNotSupportedException(reason);
        return runner.Value;
    }

    /// <summary>The shared server client, stopped when this process exits (hg also exits on stdin EOF).</summary>
    internal static CommandServerClient StartClient(string hg)
    {
        if (!File.Exists(ExtensionPath))
            throw new AnyvcException($"the hg backend's extension is missing: expected '{ExtensionPath}' next to the backend");
        var client = new CommandServerClient(hg, ServerArguments(), HgTool.Environment);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => client.Dispose();
        return client;
    }

    /// <summary>
    /// Configuration we rely on, passed explicitly so no hgrc can change it: our extension, no prompts, and paths
    /// printed relative to the repository root.
    /// </summary>
    internal static string[] ServerArguments() =>
    [
        "--config", $"extensions.anyvc={ExtensionPath}",
        "--config", "ui.interactive=false",
        "--config", "ui.relative-paths=no",
    ];
}
