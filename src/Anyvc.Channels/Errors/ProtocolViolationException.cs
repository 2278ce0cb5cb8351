namespace Anyvc.Channels.Errors;

/// <summary>The peer sent bytes that break the wire protocol (bad magic, unknown kind, bad length, invalid MessagePack, unknown id).</summary>
public sealed class ProtocolViolationException : ChannelException
{
    /// <summary>Creates the exception with a message that says what was wrong.</summary>
    public ProtocolViolationException(string message, Exception? inner = null) : base(message, inner) { }
}
