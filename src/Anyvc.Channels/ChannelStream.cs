namespace Anyvc.Channels;

/// <summary>A <see cref="Stream"/> over a channel's stream data; disposing it closes the channel.</summary>
internal sealed class ChannelStream(Channel channel) : Stream
{
    private bool disposed;

    public override bool CanRead => !disposed;
    public override bool CanWrite => !disposed;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException("a channel stream has no length");

    public override long Position
    {
        get => throw new NotSupportedException("a channel stream cannot seek");
        set => throw new NotSupportedException("a channel stream cannot seek");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return channel.Read(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        channel.Write(buffer);
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a channel stream cannot seek");

    public override void SetLength(long value) => throw new NotSupportedException("a channel stream has no length");

    protected override void Dispose(bool disposing)
    {
        if (!disposed && disposing)
        {
            disposed = true;
            channel.Close();
        }
        base.Dispose(disposing);
    }
}
