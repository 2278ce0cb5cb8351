using Anyvc.Host;
using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>The git backend, over LibGit2Sharp. Repositories are bare: commits never touch a working tree.</summary>
public sealed class GitBackend : IVcsBackend
{
    private const string DefaultBranch = "refs/heads/main";

    /// <summary>Points libgit2's process-global config search paths at an empty directory, once for this child.</summary>
    public GitBackend()
    {
        HermeticConfig.Apply();
    }

    /// <inheritdoc />
    public BackendInfo Describe() => new(
        "git",
        "LibGit2Sharp",
        $"{GlobalSettings.Version.InformationalVersion.Split('+')[0]} (libgit2 {GlobalSettings.Version.LibGit2CommitSha})",
        Feature.CommitTime | Feature.TimeZoneOffset | Feature.Annotate | Feature.Branches | Feature.Merges | Feature.OctopusMerges | Feature.LightweightBranches
            | Feature.Tags | Feature.LightweightTags | Feature.AnnotatedTags | Feature.Symlinks | Feature.ExecutableBit | Feature.CopyableDirectories,
        null)
    {
        Limits = new Dictionary<Feature, string>
        {
            [Feature.Renames] = "git records no renames; it guesses them from content similarity when asked",
            [Feature.Bookmarks] = "git's branches are its movable names; hg's bookmarks have no other counterpart",
            [Feature.Copies] = "git records no copies; it guesses them from content similarity when asked",
            [Feature.EmptyDirectories] = "git tracks files; a directory exists only while it holds one",
        },
        ReservedNames = [".git"],
    };

    /// <inheritdoc />
    public IVcsRepository Create(string directory)
    {
        var gitDirectory = LibGit2Sharp.Repository.Init(directory, isBare: true);
        // An unborn HEAD cannot be retargeted through libgit2 (the branch does not exist yet): write it as git init does,
        // so the default branch never depends on any init.defaultBranch configuration.
        File.WriteAllText(Path.Combine(gitDirectory, "HEAD"), $"ref: {DefaultBranch}\n");
        return new GitRepository(new LibGit2Sharp.Repository(directory));
    }

    /// <inheritdoc />
    public IVcsRepository Open(string directory)
    {
        if (!LibGit2Sharp.Repository.IsValid(directory))
            throw new NotFoundException($"no git repository at '{directory}'");
        return new GitRepository(new LibGit2Sharp.Repository(directory));
    }
}
