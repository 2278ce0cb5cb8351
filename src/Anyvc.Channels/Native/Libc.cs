using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Anyvc.Channels.Native;

/// <summary>
/// Every libc call Anyvc makes, in one place: Linux plumbing that .NET does not expose (descriptor juggling,
/// O_APPEND, poll, the parent-death signal). Callers check <see cref="Marshal.GetLastPInvokeError"/> themselves.
/// </summary>
internal static class Libc
{
    public const int OpenReadOnly = 0;
    public const int OpenWriteOnly = 0x1;
    public const int OpenCreate = 0x40;
    public const int OpenAppend = 0x400;
    public const int SetDescriptorFlags = 2;
    public const int CloseOnExec = 1;
    public const int SetParentDeathSignal = 1;
    public const int SignalKill = 9;
    public const short PollIn = 0x1;
    public const int Interrupted = 4;

    /// <summary>One entry of a poll(2) set.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    public static extern int open(string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(SafeFileHandle descriptor, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern int dup(int descriptor);

    [DllImport("libc", SetLastError = true)]
    public static extern int dup2(int descriptor, int target);

    [DllImport("libc", SetLastError = true)]
    public static extern int fcntl(int descriptor, int command, int argument);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    public static extern int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc")]
    public static extern int getppid();

    [DllImport("libc", SetLastError = true)]
    public static extern int poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
}
