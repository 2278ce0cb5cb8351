namespace Anyvc;

/// <summary>
/// The backend's child process died or stopped answering. The message names the backend, its pid, its exit
/// status, the command in flight and the tail of its stderr.
/// </summary>
public sealed class BackendCrashedException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public BackendCrashedException(string message, Exception? inner = null) : base(message, inner) { }
}
