namespace Anyvc.Channels.Errors;

/// <summary>
/// A message does not fit one frame (<see cref="Framing.FrameHeader.MaxPayloadLength"/>): nothing was sent, and the
/// connection is intact. Content of any size travels as a stream on a data channel instead.
/// </summary>
public sealed class FrameTooLargeException : ChannelException
{
    /// <summary>Creates the exception.</summary>
    public FrameTooLargeException(string message) : base(message) { }
}
