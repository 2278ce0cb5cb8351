namespace Anyvc;

/// <summary>The backend does not support what was asked (see <see cref="Feature"/>).</summary>
public sealed class FeatureNotSupportedException : AnyvcException
{
    /// <summary>Creates the exception.</summary>
    public FeatureNotSupportedException(string message, Exception? inner = null) : base(message, inner) { }
}
