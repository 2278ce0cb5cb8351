namespace Anyvc.Channels.Errors;

/// <summary>The peer closed a channel (without an error) while this side still had data to send on it.</summary>
public sealed class ChannelClosedException : ChannelException
{
    /// <summary>Creates the exception.</summary>
    public ChannelClosedException(string message) : base(message) { }
}
