using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Framing;

/// <summary>Reads whole frames from a stream through one buffer, so one read() can yield many frames.</summary>
internal sealed class FrameReader(Stream stream)
{
    private byte[] buffer = new byte[128 * 1024];
    private int start;
    private int end;

    /// <summary>True when bytes are already buffered, i.e. the next read will not block on the first of them.</summary>
    public bool HasBufferedBytes => end > start;

    /// <summary>Reads the next frame; false on a clean end of stream between frames.</summary>
    /// <remarks>The payload stays valid until the next call.</remarks>
    /// <exception cref="ProtocolViolationException">Malformed header, or the stream ended inside a frame.</exception>
    public bool TryRead(out FrameHeader header, out ReadOnlyMemory<byte> payload)
    {
        header = default;
        payload = default;
        if (!Fill(FrameHeader.Size, atBoundary: true))
            return false;
        header = FrameHeader.Read(buffer.AsSpan(start, FrameHeader.Size));
        start += FrameHeader.Size;
        Fill(header.Length, atBoundary: false);
        payload = new ReadOnlyMemory<byte>(buffer, start, header.Length);
        start += header.Length;
        return true;
    }

    private bool Fill(int needed, bool atBoundary)
    {
        if (end - start >= needed)
            return true;
        if (buffer.Length - start < needed)
        {
            var target = buffer.Length >= needed ? buffer : new byte[Math.Max(needed, buffer.Length * 2)];
            Buffer.BlockCopy(buffer, start, target, 0, end - start);
            end -= start;
            start = 0;
            buffer = target;
        }
        while (end - start < needed)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (atBoundary && end == start)
                    return false;
                throw new ProtocolViolationException($"stream ended inside a frame ({end - start} of {needed} bytes)");
            }
            end += read;
        }
        return true;
    }
}
