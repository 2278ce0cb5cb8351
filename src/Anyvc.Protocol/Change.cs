namespace Anyvc;

/// <summary>One path a revision changed against its first parent.</summary>
/// <param name="Path">The file's path (its new path for a rename).</param>
/// <param name="Kind">What happened to it.</param>
/// <param name="From">For <see cref="ChangeKind.Renamed"/>: the path it had in the parent; null otherwise.</param>
public sealed record Change(string Path, ChangeKind Kind, string? From = null);
