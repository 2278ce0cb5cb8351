using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Framing;

/// <summary>
/// Reads whole frames from a stream through one buffer, so one read() can yield many frames. A read with a deadline
/// waits for each chunk of the frame only until then (<paramref name="waitReadable"/>, poll(2) on the parent), so a
/// peer that stops in the middle of a frame cannot hold the reader past its caller's deadline.
/// </summary>
internal sealed class FrameReader(Stream stream, Func<TimeSpan, bool>? waitReadable = null)
{
    private byte[] buffer = new byte[128 * 1024];
    private int start;
    private int end;

    /// <summary>True when bytes are already buffered, i.e. the next read will not block on the first of them.</summary>
    public bool HasBufferedBytes => end > start;

    /// <summary>Reads the next frame; false on a clean end of stream between frames.</summary>
    /// <remarks>The payload stays valid until the next call.</remarks>
    /// <param name="header">The frame's header.</param>
    /// <param name="payload">The frame's payload.</param>
    /// <param name="deadline">When to give up waiting for the rest of the frame; null waits as long as it takes.</param>
    /// <exception cref="ProtocolViolationException">Malformed header.</exception>
    /// <exception cref="EndOfStreamException">The stream ended inside a frame.</exception>
    /// <exception cref="TimeoutException">The deadline passed inside a frame (or before it began).</exception>
    public bool TryRead(out FrameHeader header, out ReadOnlyMemory<byte> payload, DateTime? deadline = null)
    {
        header = default;
        payload = default;
        if (!Fill(FrameHeader.Size, atBoundary: true, deadline))
            return false;
        header = FrameHeader.Read(buffer.AsSpan(start, FrameHeader.Size));
        start += FrameHeader.Size;
        Fill(header.Length, atBoundary: false, deadline);
        payload = new ReadOnlyMemory<byte>(buffer, start, header.Length);
        start += header.Length;
        return true;
    }

    private bool Fill(int needed, bool atBoundary, DateTime? deadline)
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
            if (deadline is { } until && waitReadable is not null && !waitReadable(until - DateTime.UtcNow))
                throw new TimeoutException($"the peer sent {end - start} of {needed} bytes of a frame and then nothing until the deadline");
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (atBoundary && end == start)
                    return false;
                throw new EndOfStreamException($"the stream ended inside a frame ({end - start} of {needed} bytes)");
            }
            end += read;
        }
        return true;
    }
}
