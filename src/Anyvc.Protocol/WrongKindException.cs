namespace Anyvc;

/// <summary>
/// The path exists, but as the other kind: a directory read as a file, a file listed as a directory, or a path ending
/// in <c>/</c> (which names a directory) used for a file. A <see cref="NotFoundException"/>, so callers that only ask
/// "is it there as I need it" keep working.
/// </summary>
public sealed class WrongKindException : NotFoundException
{
    /// <summary>Creates the exception.</summary>
    public WrongKindException(string message, Exception? inner = null) : base(message, inner) { }
}
