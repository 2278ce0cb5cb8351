namespace Anyvc.Backends.Memory;

/// <summary>A file that differs between two trees.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Before">The file in the older tree, or null when it is new there.</param>
/// <param name="After">The file in the newer tree, or null when it is gone.</param>
internal sealed record ChangedFile(string Path, FileNode? Before, FileNode? After);
