namespace Anyvc.Host.Diffs;

/// <summary>A file that differs between two trees, with both contents and git's modes.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Before">The content in the older tree (a link's target), or null when the file is new there.</param>
/// <param name="After">The content in the newer tree, or null when the file is gone.</param>
internal sealed record DiffFile(string Path, byte[]? Before, byte[]? After)
{
    /// <summary>git's regular file mode.</summary>
    public const string Regular = "100644";

    /// <summary>git's executable file mode.</summary>
    public const string Executable = "100755";

    /// <summary>git's symbolic link mode.</summary>
    public const string Symlink = "120000";

    /// <summary>The mode in the older tree.</summary>
    public string BeforeMode { get; init; } = Regular;

    /// <summary>The mode in the newer tree.</summary>
    public string AfterMode { get; init; } = Regular;
}
