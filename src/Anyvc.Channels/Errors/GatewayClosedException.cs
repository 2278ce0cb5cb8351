namespace Anyvc.Channels.Errors;

/// <summary>
/// The gateway is gone: the child exited or was killed, or the connection was closed after a protocol error.
/// The message names the child, its pid, its exit status, the command in flight and the tail of its stderr.
/// </summary>
public sealed class GatewayClosedException : ChannelException
{
    /// <summary>Creates the exception.</summary>
    public GatewayClosedException(string message, Exception? inner = null) : base(message, inner) { }
}
