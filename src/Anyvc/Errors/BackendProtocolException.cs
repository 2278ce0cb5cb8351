namespace Anyvc;

/// <summary>The backend broke the wire protocol; the connection was closed and the child killed.</summary>
public sealed class BackendProtocolException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public BackendProtocolException(string message, Exception? inner = null) : base(message, inner) { }

    /// <inheritdoc />
    public override string Code => "protocol";
}
