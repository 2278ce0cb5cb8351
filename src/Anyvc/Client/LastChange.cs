namespace Anyvc;

/// <summary>An entry of a directory and the revision that last changed it (<see cref="Revision.LastChanged"/>).</summary>
/// <param name="Name">The entry's name.</param>
/// <param name="Revision">The revision that last changed it.</param>
public sealed record LastChange(string Name, Revision Revision);
