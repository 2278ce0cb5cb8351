namespace Anyvc;

/// <summary>
/// The backend broke the wire protocol, or the command contract: it refused arguments of the shape this client sent,
/// or replied with another shape than the command defines. A backend built from another version, or a bug.
/// </summary>
public sealed class BackendProtocolException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public BackendProtocolException(string message, Exception? inner = null) : base(message, inner) { }
}
