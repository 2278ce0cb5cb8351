namespace Anyvc;

/// <summary>The target of a create or rename exists already.</summary>
public sealed class AlreadyExistsException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public AlreadyExistsException(string message, Exception? inner = null) : base(message, inner) { }
}
