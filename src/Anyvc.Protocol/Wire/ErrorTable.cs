using Anyvc.Channels.Errors;

namespace Anyvc.Wire;

/// <summary>
/// The one table of error codes and exception types, used by both ends: a backend's exception becomes its code on
/// the wire, and the client turns the code back into the same type. Codes not listed (including <c>error</c>, what
/// an uncoded exception sends) become a plain <see cref="AnyvcException"/>.
/// </summary>
public static class ErrorTable
{
    private static readonly (string Code, Type Type, Func<string, Exception?, AnyvcException> Create)[] Entries =
    [
        (ErrorCodes.NotFound, typeof(NotFoundException), (m, i) => new NotFoundException(m, i)),
        (ErrorCodes.WrongKind, typeof(WrongKindException), (m, i) => new WrongKindException(m, i)),
        (ErrorCodes.NotSupported, typeof(FeatureNotSupportedException), (m, i) => new FeatureNotSupportedException(m, i)),
        (ErrorCodes.InvalidPath, typeof(InvalidRepoPathException), (m, i) => new InvalidRepoPathException(m, i)),
        (ErrorCodes.InvalidName, typeof(InvalidNameException), (m, i) => new InvalidNameException(m, i)),
        (ErrorCodes.AlreadyExists, typeof(AlreadyExistsException), (m, i) => new AlreadyExistsException(m, i)),
        (ErrorCodes.Crashed, typeof(BackendCrashedException), (m, i) => new BackendCrashedException(m, i)),
        (ErrorCodes.Protocol, typeof(BackendProtocolException), (m, i) => new BackendProtocolException(m, i)),
        (ErrorCodes.VcsFailure, typeof(AnyvcException), (m, i) => new AnyvcException(m, i)),
        // Codes of the channel layer: a command the backend does not know is a feature it lacks; arguments it cannot
        // read mean both ends disagree on the contract.
        (ErrorCodes.UnknownCommand, typeof(FeatureNotSupportedException), (m, i) => new FeatureNotSupportedException(m, i)),
        (ErrorCodes.BadArgument, typeof(BackendProtocolException), (m, i) => new BackendProtocolException(m, i)),
        (ErrorCodes.UnknownId, typeof(AnyvcException), (m, i) => new AnyvcException(m, i)),
    ];

    /// <summary>Every code the table knows, for the protocol page.</summary>
    public static IEnumerable<(string Code, Type Type)> Codes => Entries.Select(e => (e.Code, e.Type));

    /// <summary>The code of <paramref name="type"/>: its own entry, or its nearest base type's.</summary>
    public static string CodeOf(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
            foreach (var entry in Entries)
                if (entry.Type == current)
                    return entry.Code;
        return RemoteErrorData.GenericCode;
    }

    /// <summary>The exception for <paramref name="code"/>.</summary>
    public static AnyvcException Create(string code, string message, Exception? inner = null)
    {
        foreach (var entry in Entries)
            if (entry.Code == code)
                return entry.Create(message, inner);
        return new AnyvcException(message, inner);
    }
}
