namespace Anyvc;

/// <summary>A branch or tag name is malformed or one that some backend cannot store; the message says which rule it breaks.</summary>
public sealed class InvalidNameException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public InvalidNameException(string message, Exception? inner = null) : base(message, inner) { }
}
