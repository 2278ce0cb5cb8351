namespace Anyvc.Host;

/// <summary>
/// Copies a file or directory of the parent revision to a new path, with history. A rename is this copy plus a
/// <see cref="RemoveOperation"/> of the source, which comes earlier in <see cref="CommitRequest.Operations"/>.
/// </summary>
/// <param name="From">The path in the parent revision.</param>
/// <param name="To">The new path.</param>
public sealed record CopyOperation(string From, string To) : TreeOperation;
