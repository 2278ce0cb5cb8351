namespace Anyvc.TestChild;

/// <summary>A sink that counts bytes and sums them, so a test can check content without storing it.</summary>
internal sealed class CountingStream : Stream
{
    public long Count { get; private set; }
    public long Sum { get; private set; }

    /// <summary>False for benchmarks: count only, touch no byte, like the raw reference's sink.</summary>
    public bool Summing { get; init; } = true;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Count += buffer.Length;
        if (!Summing)
            return;
        foreach (var b in buffer)
            Sum += b;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Count;
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>A source of <c>length</c> bytes where byte i is <c>i % 251</c>, so tests can verify every byte.</summary>
internal sealed class PatternStream(long length) : Stream
{
    private long position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        for (var i = 0; i < n; i++)
            buffer[offset + i] = (byte)((position + i) % 251);
        position += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
