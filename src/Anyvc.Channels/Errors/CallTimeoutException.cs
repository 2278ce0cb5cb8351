namespace Anyvc.Channels.Errors;

/// <summary>
/// A call, a stream read or a stream write got nothing within its deadline; the child was killed so nothing is left
/// hanging.
/// </summary>
public sealed class CallTimeoutException : ChannelException
{
    /// <summary>Creates the exception.</summary>
    public CallTimeoutException(string message) : base(message) { }
}
