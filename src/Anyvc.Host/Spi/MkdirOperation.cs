namespace Anyvc.Host;

/// <summary>Creates a directory (its parent exists by then).</summary>
/// <param name="Path">The directory to create.</param>
public sealed record MkdirOperation(string Path) : TreeOperation;
