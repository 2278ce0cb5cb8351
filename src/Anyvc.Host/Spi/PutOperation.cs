namespace Anyvc.Host;

/// <summary>
/// Writes a file's new content from a local file (its directory exists by then). For a symbolic link
/// (<see cref="Kind"/> <see cref="EntryKind.Symlink"/>) the content is the link's target.
/// </summary>
/// <param name="Path">The file to write.</param>
/// <param name="ContentFile">A local file holding the content.</param>
public sealed record PutOperation(string Path, string ContentFile) : TreeOperation
{
    /// <summary><see cref="EntryKind.File"/> or <see cref="EntryKind.Symlink"/>.</summary>
    public EntryKind Kind { get; init; } = EntryKind.File;

    /// <summary>A file with its executable bit set.</summary>
    public bool Executable { get; init; }
}
