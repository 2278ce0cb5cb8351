using Anyvc.Channels;

namespace Anyvc;

/// <summary>
/// A file's content stream over a data channel, raising Anyvc's exceptions: a backend that stops producing or
/// accepting data within the call timeout is killed and reported as crashed, like a call that hangs.
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
        catch (Exception e) when (e is RemoteException or GatewayClosedException or ProtocolViolationException or TimeoutException)
        {
            throw Translate(e);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is RemoteException or GatewayClosedException or ProtocolViolationException or TimeoutException)
        {
            throw Translate(e);
        }
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private Exception Translate(Exception error)
    {
        if (error is TimeoutException)
        {
            var reason = $"it moved no data for {what} within the call timeout";
            connection.Gateway.Kill(reason);
            return new BackendCrashedException($"{connection.Info.Name} backend {connection.Gateway}: {reason}; it was killed", error);
        }
        return connection.Translate(error);
    }
}
