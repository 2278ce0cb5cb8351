namespace Anyvc.Host;

/// <summary>Removes a file or directory (recursively) of the parent tree.</summary>
/// <param name="Path">The path to remove.</param>
public sealed record RemoveOperation(string Path) : TreeOperation;
