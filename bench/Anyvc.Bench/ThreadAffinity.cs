using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Anyvc.Bench;

/// <summary>
/// Pins every thread of this process. <see cref="Process.ProcessorAffinity"/> on Linux calls
/// <c>sched_setaffinity(pid)</c>, which moves only the main thread; threads that already exist (thread pool,
/// tiered JIT, a finished placement's leftovers) keep their old mask. So each task in /proc/self/task is set too.
/// </summary>
internal static class ThreadAffinity
{
    public static void Set(ulong mask)
    {
        using (var self = Process.GetCurrentProcess())
            self.ProcessorAffinity = (nint)mask;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            if (int.TryParse(Path.GetFileName(task), out var tid))
                SchedSetAffinity(tid, sizeof(ulong), ref mask); // a thread may have exited meanwhile: ignore failures
        }
    }

    /// <summary>All CPUs of the machine.</summary>
    public static ulong AllCpus => Environment.ProcessorCount >= 64 ? ulong.MaxValue : (1UL << Environment.ProcessorCount) - 1;

    // DllImport rather than LibraryImport: the marshalling is blittable and needs no unsafe code in this project.
    [DllImport("libc", EntryPoint = "sched_setaffinity")]
    private static extern int SchedSetAffinity(int pid, nint size, ref ulong mask);
}
