namespace Anyvc;

/// <summary>A bookmark and the revision it names.</summary>
/// <param name="Name">The bookmark name.</param>
/// <param name="Target">The revision it names.</param>
public sealed record Bookmark(string Name, Revision Target);
