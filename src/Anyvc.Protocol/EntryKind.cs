namespace Anyvc;

/// <summary>What a path names in a tree.</summary>
public enum EntryKind
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A file.</summary>
    File = 1,

    /// <summary>A directory.</summary>
    Directory = 2,

    /// <summary>A symbolic link: its target is data, read with <c>RepoPath.ReadLink</c>; Anyvc never follows it.</summary>
    Symlink = 3,
}
