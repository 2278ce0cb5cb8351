namespace Anyvc.Channels.Errors;

/// <summary>An exception raised on the other side of a gateway, delivered as data.</summary>
public sealed class RemoteException : ChannelException
{
    /// <summary>Creates the client-side view of a remote error.</summary>
    public RemoteException(RemoteErrorData error, string context)
        : base($"{context}: {error.TypeName}: {error.Message}")
    {
        Error = error;
    }

    /// <summary>The error exactly as the remote side described it.</summary>
    public RemoteErrorData Error { get; }

    /// <summary>Full name of the remote exception type.</summary>
    public string RemoteTypeName => Error.TypeName;

    /// <summary>The remote stack trace.</summary>
    public string RemoteStack => Error.RemoteStack;

    /// <summary>The stable error code.</summary>
    public string Code => Error.Code;

    /// <inheritdoc />
    public override string ToString() => $"{base.ToString()}{Environment.NewLine}--- remote stack ---{Environment.NewLine}{Error.RemoteStack}";
}
