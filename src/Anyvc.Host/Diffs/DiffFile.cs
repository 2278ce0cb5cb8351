namespace Anyvc.Host.Diffs;

/// <summary>A file that differs between two trees, with both contents.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Before">The content in the older tree, or null when the file is new there.</param>
/// <param name="After">The content in the newer tree, or null when the file is gone.</param>
internal sealed record DiffFile(string Path, byte[]? Before, byte[]? After);
