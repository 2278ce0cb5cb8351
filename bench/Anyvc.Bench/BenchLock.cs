namespace Anyvc.Bench;

/// <summary>An exclusive lock file, so two benchmark runs on the same checkout never overlap and skew each other.</summary>
internal static class BenchLock
{
    public static IDisposable Acquire(string path, TextWriter log)
    {
        var announced = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                if (!announced)
                    log.WriteLine($"bench: another benchmark holds {path}; waiting for it to finish");
                announced = true;
                Thread.Sleep(1000);
            }
        }
    }
}
