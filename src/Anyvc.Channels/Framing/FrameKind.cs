namespace Anyvc.Channels.Framing;

/// <summary>The kind of a frame on the wire. The numeric values are part of the protocol; never reuse one.</summary>
public enum FrameKind : byte
{
    /// <summary>First frame each side sends: a MessagePack array <c>[version, pid, program, properties]</c>. Channel 0.</summary>
    Hello = 0x01,

    /// <summary>The parent asks the child to exit cleanly. Channel 0, empty payload.</summary>
    Goodbye = 0x02,

    /// <summary>Opens a channel; payload is a MessagePack string naming the service (e.g. <c>"commands"</c>, <c>"data"</c>).</summary>
    Open = 0x03,

    /// <summary>One MessagePack value for the channel's consumer.</summary>
    Message = 0x04,

    /// <summary>Raw bytes of a byte stream; flow-controlled by <see cref="Credit"/>.</summary>
    Data = 0x05,

    /// <summary>The receiver consumed bytes and grants that many more; payload is a MessagePack unsigned integer.</summary>
    Credit = 0x06,

    /// <summary>The sender will send nothing more on the channel. Empty payload.</summary>
    Close = 0x07,

    /// <summary>The channel ends with an error; payload is the error array <c>[type, message, stack, code]</c>.</summary>
    CloseWithError = 0x08,
}
