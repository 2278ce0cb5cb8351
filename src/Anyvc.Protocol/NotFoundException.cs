namespace Anyvc;

/// <summary>A revision, path or repository does not exist (or, as <see cref="WrongKindException"/>, not as the kind asked for).</summary>
public class NotFoundException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public NotFoundException(string message, Exception? inner = null) : base(message, inner) { }
}
