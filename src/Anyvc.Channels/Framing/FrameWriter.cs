using Anyvc.Channels.Errors;
using System.Buffers;
using MessagePack;

namespace Anyvc.Channels.Framing;

/// <summary>
/// Buffers outgoing frames and writes them with one write() per flush. Not thread-safe: the owning
/// <see cref="Connection"/> serializes access.
/// </summary>
internal sealed class FrameWriter(Stream stream) : IBufferWriter<byte>
{
    /// <summary>Above this many buffered bytes a frame is written out at once: the pipe becomes the backpressure.</summary>
    public const int FlushThreshold = 256 * 1024;

    private byte[] buffer = new byte[64 * 1024];
    private int count;

    /// <summary>Bytes waiting for the next flush.</summary>
    public int Buffered => count;

    /// <summary>Payloads at least this big are written from the caller's memory instead of being copied.</summary>
    public const int DirectPayload = 16 * 1024;

    /// <summary>Appends only a frame header; the payload follows through <see cref="Flush(ReadOnlySpan{byte})"/>.</summary>
    public void WriteHeader(FrameKind kind, uint channel, int length)
    {
        new FrameHeader(kind, channel, length).Write(GetSpan(FrameHeader.Size));
        count += FrameHeader.Size;
    }

    /// <summary>Appends a frame with the given payload.</summary>
    public void Write(FrameKind kind, uint channel, ReadOnlySpan<byte> payload)
    {
        new FrameHeader(kind, channel, payload.Length).Write(GetSpan(FrameHeader.Size + payload.Length));
        payload.CopyTo(buffer.AsSpan(count + FrameHeader.Size));
        count += FrameHeader.Size + payload.Length;
    }

    /// <summary>Appends a frame whose payload <paramref name="body"/> encodes in place from <paramref name="state"/>.</summary>
    /// <returns>The payload just written (valid until the next write), for tracing.</returns>
    public ReadOnlySpan<byte> WriteMessage<TState>(FrameKind kind, uint channel, TState state, MessageBody<TState> body)
    {
        var headerAt = count;
        GetSpan(FrameHeader.Size);
        count += FrameHeader.Size;
        try
        {
            var writer = new MessagePackWriter(this);
            body(ref writer, state);
            writer.Flush();
        }
        catch
        {
            count = headerAt; // drop the half-written frame so the stream stays well-formed
            throw;
        }
        var length = count - headerAt - FrameHeader.Size;
        if (length > FrameHeader.MaxPayloadLength)
        {
            count = headerAt;
            throw new FrameTooLargeException($"a message of {length} bytes exceeds the frame limit of {FrameHeader.MaxPayloadLength} bytes");
        }
        new FrameHeader(kind, channel, length).Write(buffer.AsSpan(headerAt));
        return buffer.AsSpan(headerAt + FrameHeader.Size, length);
    }

    /// <summary>Drops what is buffered (the pipe broke; it can never be written).</summary>
    public void Discard() => count = 0;

    /// <summary>Writes everything buffered to the stream, then <paramref name="direct"/> (a large payload, not copied).</summary>
    public void Flush(ReadOnlySpan<byte> direct = default)
    {
        if (count == 0 && direct.IsEmpty)
            return;
        if (count > 0)
            stream.Write(buffer, 0, count);
        count = 0;
        if (!direct.IsEmpty)
            stream.Write(direct);
        stream.Flush();
    }

    void IBufferWriter<byte>.Advance(int written) => count += written;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        GetSpan(Math.Max(sizeHint, 256));
        return buffer.AsMemory(count);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint) => GetSpan(Math.Max(sizeHint, 256));

    private Span<byte> GetSpan(int size)
    {
        if (buffer.Length - count < size)
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, count + size));
        return buffer.AsSpan(count);
    }
}
