namespace Anyvc.Channels.Errors;

/// <summary>An exception that carries a stable error code across the wire (e.g. <c>not-found</c>).</summary>
public interface ICodedException
{
    /// <summary>The machine-readable code; the other side maps it back to an exception type.</summary>
    string Code { get; }
}
