using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Anyvc.Channels;

/// <summary>Waits, with a timeout, until a pipe has bytes to read (poll(2)), so a blocking read never outlives a deadline.</summary>
internal sealed class PipeReadiness(Stream stream)
{
    private const short PollIn = 0x1;
    private const int Interrupted = 4;

    private readonly SafeHandle? handle = stream switch
    {
        PipeStream pipe => pipe.SafePipeHandle,
        FileStream file => file.SafeFileHandle,
        _ => null,
    };

    /// <summary>True when bytes (or the end of the stream) can be read now or arrive within <paramref name="timeout"/>.</summary>
    public bool WaitReadable(TimeSpan timeout)
    {
        if (handle is null || !OperatingSystem.IsLinux())
            return true; // cannot poll: the read blocks, and the gateway's watchdog bounds it
        var descriptor = new PollDescriptor { Descriptor = (int)handle.DangerousGetHandle(), Events = PollIn };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = (int)Math.Clamp((deadline - DateTime.UtcNow).TotalMilliseconds, 0, int.MaxValue);
            var ready = poll(ref descriptor, 1, left);
            if (ready > 0)
                return true;
            if (ready == 0)
                return false;
            if (Marshal.GetLastPInvokeError() != Interrupted)
                return true; // let the read itself report what is wrong
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
}
