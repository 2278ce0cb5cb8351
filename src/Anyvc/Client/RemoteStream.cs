using Anyvc.Channels.Errors;

namespace Anyvc;

/// <summary>
/// A file's content stream over a data channel, raising Anyvc's exceptions through the connection's one translation
/// path; every failure names the file. A backend that moves no data within the call timeout was already killed by the
/// channel layer and is reported as crashed.
/// </summary>
internal sealed class RemoteStream(Stream inner, BackendConnection connection, string what) : Stream
{
    public override bool CanRead => inner.CanRead;
    public override bool CanWrite => inner.CanWrite;
    public override bool CanSeek => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return inner.Read(buffer);
        }
        catch (ChannelException e)
        {
            throw connection.Translate(e, what);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (ChannelException e)
        {
            throw connection.Translate(e, what);
        }
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        try
        {
            if (disposing)
                inner.Dispose();
        }
        catch (ChannelException e)
        {
            throw connection.Translate(e, what);
        }
        finally
        {
            base.Dispose(disposing);
        }
    }
}
