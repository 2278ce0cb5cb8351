using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Anyvc.Channels.Native;

/// <summary>Linux plumbing that keeps the protocol stream private and ties a child's life to its parent's.</summary>
internal static class StdioProtection
{
    /// <summary>
    /// Duplicates stdin/stdout to private close-on-exec descriptors for the protocol, then points fd 0 at
    /// /dev/null and fd 1 at stderr: a print or a tool's output can no longer reach the parent's frame reader.
    /// </summary>
    public static (Stream Input, Stream Output) TakeProtocolStreams()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return (Console.OpenStandardInput(), Console.OpenStandardOutput());
        var input = Check(Libc.dup(0), "dup(stdin)");
        var output = Check(Libc.dup(1), "dup(stdout)");
        Check(Libc.fcntl(input, Libc.SetDescriptorFlags, Libc.CloseOnExec), "fcntl(input)");
        Check(Libc.fcntl(output, Libc.SetDescriptorFlags, Libc.CloseOnExec), "fcntl(output)");
        var devNull = Check(Libc.open("/dev/null", Libc.OpenReadOnly, 0), "open(/dev/null)");
        Check(Libc.dup2(devNull, 0), "dup2(/dev/null, 0)");
        Libc.close(devNull);
        Check(Libc.dup2(2, 1), "dup2(2, 1)");
        // Console.Out holds its own dup of the fd 1 it first saw; rebind it in case it was touched before.
        Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        return (Wrap(input, FileAccess.Read), Wrap(output, FileAccess.Write));
    }

    /// <summary>Arms PR_SET_PDEATHSIG and exits at once if the parent already died before it was armed.</summary>
    public static void ExitWithParent()
    {
        if (!OperatingSystem.IsLinux())
            return;
        Libc.prctl(Libc.SetParentDeathSignal, Libc.SignalKill, 0, 0, 0);
        // The parent may have died before the signal was armed; wrappers such as taskset exec, so the parent
        // that started us is still our parent while it lives.
        if (int.TryParse(Environment.GetEnvironmentVariable(ChildHost.ParentPidVariable), out var expected) && Libc.getppid() != expected)
        {
            Console.Error.WriteLine($"anyvc child: parent {expected} is gone (parent is now {Libc.getppid()}); exiting");
            Environment.Exit(0);
        }
    }

    private static FileStream Wrap(int descriptor, FileAccess access) =>
        new(new SafeFileHandle(descriptor, ownsHandle: true), access, bufferSize: 0);

    private static int Check(int result, string what) =>
        result >= 0 ? result : throw new IOException($"{what} failed with errno {Marshal.GetLastPInvokeError()}");
}
