using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Anyvc.Channels.Native;

/// <summary>Waits, with a timeout, until a pipe has bytes to read (poll(2)), so a blocking read never outlives a deadline.</summary>
internal sealed class PipeReadiness(Stream stream)
{
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
        var descriptor = new Libc.PollDescriptor { Descriptor = (int)handle.DangerousGetHandle(), Events = Libc.PollIn };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = (int)Math.Clamp((deadline - DateTime.UtcNow).TotalMilliseconds, 0, int.MaxValue);
            var ready = Libc.poll(ref descriptor, 1, left);
            if (ready > 0)
                return true;
            if (ready == 0)
                return false;
            if (Marshal.GetLastPInvokeError() != Libc.Interrupted)
                return true; // let the read itself report what is wrong
        }
    }
}
