namespace Anyvc.Host;

/// <summary>Writes a file's new content from a local file (its directory exists by then).</summary>
/// <param name="Path">The file to write.</param>
/// <param name="ContentFile">A local file holding the content.</param>
public sealed record PutOperation(string Path, string ContentFile) : TreeOperation;
