using Anyvc.Channels.Errors;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>The base of every error Anyvc raises; its message names the backend and the object involved.</summary>
public class AnyvcException : Exception, ICodedException
{
    /// <summary>Creates the exception.</summary>
    public AnyvcException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>The wire code of this kind of error, from <see cref="ErrorTable"/>.</summary>
    public string Code => ErrorTable.CodeOf(GetType());
}
