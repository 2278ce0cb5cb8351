namespace Anyvc.Host;

/// <summary>One entry of a directory listing.</summary>
/// <param name="Name">The entry's name (one segment).</param>
/// <param name="Kind">File or directory.</param>
public readonly record struct TreeEntry(string Name, EntryKind Kind);
