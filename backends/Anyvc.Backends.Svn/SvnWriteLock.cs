namespace Anyvc.Backends.Svn;

/// <summary>
/// Serializes Anyvc's commits to one repository across processes: a commit reads the youngest revision, then loads
/// the next one, and a commit of another child in between would shift its copy sources. An exclusive open of a file
/// in the repository's <c>locks/</c> directory; the system drops it when the process dies.
/// </summary>
internal static class SvnWriteLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Waits for the lock and holds it until disposed.</summary>
    /// <exception cref="AnyvcException">Another process held it for longer than two minutes.</exception>
    public static IDisposable Take(string repository)
    {
        var path = Path.Combine(repository, "locks", "anyvc-commit.lock");
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
            catch (IOException e)
            {
                throw new AnyvcException($"svn backend: another process has been committing to {repository} for more than {Patience.TotalMinutes} minutes ({path} stays locked)", e);
            }
        }
    }
}
