namespace Anyvc.Channels;

/// <summary>A call got no reply within its timeout; the child was killed so nothing is left hanging.</summary>
public sealed class CallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public CallTimeoutException(string message) : base(message) { }
}
