using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Anyvc.Channels.Native;

/// <summary>
/// A file opened with O_APPEND. .NET's FileMode.Append writes at its own remembered offset, so two processes
/// tracing into one file would overwrite each other; with O_APPEND every write lands at the current end.
/// </summary>
internal static class AppendOnlyFile
{
    public static Stream Open(string path)
    {
        if (!OperatingSystem.IsLinux())
            return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        var descriptor = Libc.open(path, Libc.OpenWriteOnly | Libc.OpenCreate | Libc.OpenAppend, Convert.ToInt32("644", 8));
        if (descriptor < 0)
            throw new IOException($"cannot open trace file '{path}': errno {Marshal.GetLastPInvokeError()}");
        // write(2) on an O_APPEND descriptor: no offset of our own, so lines from both processes never overlap.
        return new UnseekableStream(new SafeFileHandle(descriptor, ownsHandle: true));
    }

    private sealed class UnseekableStream(SafeFileHandle handle) : Stream
    {
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var copy = buffer.ToArray();
            if (Libc.write(handle, copy, copy.Length) < 0)
                throw new IOException($"trace write failed: errno {Marshal.GetLastPInvokeError()}");
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                handle.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
