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
}
