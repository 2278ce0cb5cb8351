using System.Runtime.Versioning;

// The benchmark reads /proc and pins CPUs with taskset and sched_setaffinity: it runs on Linux only.
[assembly: SupportedOSPlatform("linux")]
