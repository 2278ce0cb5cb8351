using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Anyvc.Channels;

/// <summary>Linux plumbing that keeps the protocol stream private and ties a child's life to its parent's.</summary>
internal static class StdioProtection
{
    private const int OpenReadOnly = 0;
    private const int SetDescriptorFlags = 2;
    private const int CloseOnExec = 1;
    private const int SetParentDeathSignal = 1;
    private const int SignalKill = 9;

    /// <summary>
    /// Duplicates stdin/stdout to private close-on-exec descriptors for the protocol, then points fd 0 at
    /// /dev/null and fd 1 at stderr: a print or a tool's output can no longer reach the parent's frame reader.
    /// </summary>
    public static (Stream Input, Stream Output) TakeProtocolStreams()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return (Console.OpenStandardInput(), Console.OpenStandardOutput());
        var input = Check(dup(0), "dup(stdin)");
        var output = Check(dup(1), "dup(stdout)");
        Check(fcntl(input, SetDescriptorFlags, CloseOnExec), "fcntl(input)");
        Check(fcntl(output, SetDescriptorFlags, CloseOnExec), "fcntl(output)");
        var devNull = Check(open("/dev/null", OpenReadOnly), "open(/dev/null)");
        Check(dup2(devNull, 0), "dup2(/dev/null, 0)");
        close(devNull);
        Check(dup2(2, 1), "dup2(2, 1)");
        // Console.Out holds its own dup of the fd 1 it first saw; rebind it in case it was touched before.
        Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        return (Wrap(input, FileAccess.Read), Wrap(output, FileAccess.Write));
    }

    /// <summary>Arms PR_SET_PDEATHSIG and exits at once if the parent already died before it was armed.</summary>
    public static void ExitWithParent()
    {
        if (!OperatingSystem.IsLinux())
            return;
        prctl(SetParentDeathSignal, SignalKill, 0, 0, 0);
        // The parent may have died before the signal was armed; wrappers such as taskset exec, so the parent
        // that started us is still our parent while it lives.
        if (int.TryParse(Environment.GetEnvironmentVariable(ChildHost.ParentPidVariable), out var expected) && getppid() != expected)
        {
            Console.Error.WriteLine($"anyvc child: parent {expected} is gone (parent is now {getppid()}); exiting");
            Environment.Exit(0);
        }
    }

    private static FileStream Wrap(int descriptor, FileAccess access) =>
        new(new SafeFileHandle(descriptor, ownsHandle: true), access, bufferSize: 0);

    private static int Check(int result, string what) =>
        result >= 0 ? result : throw new IOException($"{what} failed with errno {Marshal.GetLastPInvokeError()}");

    [DllImport("libc", SetLastError = true)]
    private static extern int dup(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int dup2(int descriptor, int target);

    [DllImport("libc", SetLastError = true)]
    private static extern int fcntl(int descriptor, int command, int argument);

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc")]
    private static extern int getppid();
}
