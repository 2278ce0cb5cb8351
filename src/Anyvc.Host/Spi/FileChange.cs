namespace Anyvc.Host;

/// <summary>The final state of one changed file or symbolic link (new content, a new place, or a new executable bit).</summary>
/// <param name="Path">Where the file is after the commit.</param>
/// <param name="ContentFile">A local file holding the new content, or null when the content is the parent's at <paramref name="BaseSource"/>.</param>
/// <param name="BaseSource">The parent-tree path whose content this is, when <paramref name="ContentFile"/> is null.</param>
/// <param name="CopiedFrom">The parent-tree path this file was renamed or copied from, or null (a rename when that path is gone).</param>
public sealed record FileChange(string Path, string? ContentFile, string? BaseSource, string? CopiedFrom)
{
    /// <summary><see cref="EntryKind.File"/>, or <see cref="EntryKind.Symlink"/> for a link whose content is its target.</summary>
    public EntryKind Kind { get; init; } = EntryKind.File;

    /// <summary>A file with its executable bit set.</summary>
    public bool Executable { get; init; }

    /// <summary>Opens the file's final content.</summary>
    public Stream OpenContent(IVcsTree? parentTree) => ContentFile is not null
        ? File.OpenRead(ContentFile)
        : (parentTree ?? throw new InvalidOperationException($"'{Path}' has no content source")).OpenRead(BaseSource!);
}
