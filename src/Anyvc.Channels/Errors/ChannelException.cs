namespace Anyvc.Channels.Errors;

/// <summary>
/// The base of every failure the channel layer raises to a caller: a dead or closed gateway, a broken protocol,
/// a call or stream past its deadline, a remote error, a channel the peer closed. Catching this one type is
/// enough to translate every channel failure.
/// </summary>
public abstract class ChannelException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected ChannelException(string message, Exception? inner = null) : base(message, inner) { }
}
