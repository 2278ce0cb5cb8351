namespace Anyvc;

/// <summary>A revision, path or repository does not exist.</summary>
public sealed class NotFoundException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public NotFoundException(string message, Exception? inner = null) : base(message, inner) { }
}
