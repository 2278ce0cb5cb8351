namespace Anyvc;

/// <summary>A repository path is malformed or escapes the repository root (<c>..</c>, absolute, NUL, VCS metadata).</summary>
public sealed class InvalidRepoPathException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRepoPathException(string message, Exception? inner = null) : base(message, inner) { }
}
