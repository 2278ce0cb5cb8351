namespace Anyvc;

/// <summary>A branch and its tip.</summary>
/// <param name="Name">The branch name (it may hold <c>/</c>).</param>
/// <param name="Tip">The newest revision on it.</param>
public sealed record Branch(string Name, Revision Tip);
