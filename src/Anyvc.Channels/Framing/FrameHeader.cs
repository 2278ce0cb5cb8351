using System.Buffers.Binary;
using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Framing;

/// <summary>The fixed 10-byte header in front of every frame: magic, kind, channel id, payload length.</summary>
/// <param name="Kind">What the frame carries.</param>
/// <param name="ChannelId">The channel the frame belongs to; 0 is the gateway itself.</param>
/// <param name="Length">Payload length in bytes.</param>
public readonly record struct FrameHeader(FrameKind Kind, uint ChannelId, int Length)
{
    /// <summary>Size of the encoded header in bytes.</summary>
    public const int Size = 10;

    /// <summary>First byte of every frame; a stray byte from a tool printing to the protocol stream is caught here.</summary>
    public const byte Magic = 0xA7;

    /// <summary>Largest payload accepted; bigger content must be streamed as <see cref="FrameKind.Data"/> chunks.</summary>
    public const int MaxPayloadLength = 4 * 1024 * 1024;

    /// <summary>Writes the header into <paramref name="destination"/> (at least <see cref="Size"/> bytes).</summary>
    public void Write(Span<byte> destination)
    {
        destination[0] = Magic;
        destination[1] = (byte)Kind;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[2..], ChannelId);
        BinaryPrimitives.WriteInt32LittleEndian(destination[6..], Length);
    }

    /// <summary>Decodes and validates a header.</summary>
    /// <exception cref="ProtocolViolationException">The bytes are not a valid header.</exception>
    public static FrameHeader Read(ReadOnlySpan<byte> source)
    {
        if (source[0] != Magic)
            throw new ProtocolViolationException($"bad frame magic 0x{source[0]:X2} (expected 0x{Magic:X2}): something other than the protocol wrote to the stream");
        var kind = (FrameKind)source[1];
        if (kind is < FrameKind.Hello or > FrameKind.CloseWithError)
            throw new ProtocolViolationException($"unknown frame kind 0x{source[1]:X2}");
        var length = BinaryPrimitives.ReadInt32LittleEndian(source[6..]);
        if (length is < 0 or > MaxPayloadLength)
            throw new ProtocolViolationException($"frame length {length} is outside 0..{MaxPayloadLength}");
        return new FrameHeader(kind, BinaryPrimitives.ReadUInt32LittleEndian(source[2..]), length);
    }
}
