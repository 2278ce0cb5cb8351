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

    /// <summary>
    /// All online CPUs of the machine. Not <see cref="Environment.ProcessorCount"/>: it honours the affinity this
    /// process was started with, so under <c>taskset -c 0 ./build.sh bench</c> "free" would stay pinned.
    /// </summary>
    public static ulong AllCpus
    {
        get
        {
            var count = Environment.ProcessorCount;
            try
            {
                // "0-1" or "0,2-3": the highest CPU number + 1 bounds the mask
                var online = File.ReadAllText("/sys/devices/system/cpu/online").Trim();
                count = online.Split(',', '-').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Max() + 1;
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                // keep the runtime's count
            }
            return count >= 64 ? ulong.MaxValue : (1UL << count) - 1;
        }
    }

    // DllImport rather than LibraryImport: the marshalling is blittable and needs no unsafe code in this project.
    [DllImport("libc", EntryPoint = "sched_setaffinity")]
    private static extern int SchedSetAffinity(int pid, nint size, ref ulong mask);
}
