namespace Anyvc;

/// <summary>A tag.</summary>
/// <param name="Name">The tag name.</param>
/// <param name="Target">The revision it names.</param>
/// <param name="Message">Its own message (<see cref="Feature.AnnotatedTags"/>), or null for a plain tag.</param>
/// <param name="Author">Its author, or null.</param>
/// <param name="Time">Its time, or null.</param>
public sealed record Tag(string Name, Revision Target, string? Message, string? Author, DateTimeOffset? Time);
