namespace Anyvc;

/// <summary>Capabilities a backend declares; conformance tests that need one are skipped where it is missing.</summary>
[Flags]
public enum Feature
{
    /// <summary>No optional capability.</summary>
    None = 0,

    /// <summary>A commit's time (and UTC offset) can be chosen by the caller and is kept exactly.</summary>
    CommitTime = 1 << 0,

    /// <summary>Renames are recorded as such (history follows them), not as delete + add.</summary>
    Renames = 1 << 1,

    /// <summary>Named branches.</summary>
    Branches = 1 << 2,

    /// <summary>Tags.</summary>
    Tags = 1 << 3,

    /// <summary>Distributed: every clone is a whole repository.</summary>
    Dvcs = 1 << 4,

    /// <summary>Empty directories are versioned.</summary>
    EmptyDirectories = 1 << 5,

    /// <summary>The UTC offset of a commit time is kept (not only the instant).</summary>
    TimeZoneOffset = 1 << 6,
}
