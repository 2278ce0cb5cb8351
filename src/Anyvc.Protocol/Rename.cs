namespace Anyvc;

/// <summary>A file a revision moved: it was at <paramref name="From"/> in the first parent and is at <paramref name="To"/> now.</summary>
/// <param name="From">The path in the first parent.</param>
/// <param name="To">The path in the revision.</param>
public sealed record Rename(string From, string To);
