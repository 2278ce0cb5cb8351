namespace Anyvc.Host;

/// <summary>Sets or clears the executable bit of a file that exists by then, leaving its content alone.</summary>
/// <param name="Path">The file.</param>
/// <param name="Executable">The new bit.</param>
public sealed record ExecutableOperation(string Path, bool Executable) : TreeOperation;
