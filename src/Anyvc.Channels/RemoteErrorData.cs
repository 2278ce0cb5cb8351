namespace Anyvc.Channels;

/// <summary>An error as it crosses the wire: <c>[type, message, stack, code]</c>, all plain strings.</summary>
/// <param name="TypeName">Full name of the exception type on the side that raised it.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="RemoteStack">The stack trace on the raising side, or empty.</param>
/// <param name="Code">A stable machine-readable code (e.g. <c>not-found</c>), or empty.</param>
public sealed record RemoteErrorData(string TypeName, string Message, string RemoteStack, string Code)
{
    /// <summary>The code used when an exception carries no code of its own.</summary>
    public const string GenericCode = "error";

    /// <summary>Captures an exception; a <see cref="ICodedException"/> supplies its code.</summary>
    public static RemoteErrorData From(Exception exception) => new(
        exception.GetType().FullName ?? exception.GetType().Name,
        exception.Message,
        exception.StackTrace ?? "",
        exception is ICodedException coded ? coded.Code : GenericCode);

    /// <summary>The wire form.</summary>
    public object?[] ToWire() => [TypeName, Message, RemoteStack, Code];

    /// <summary>Parses the wire form.</summary>
    /// <exception cref="ProtocolViolationException">The value is not an error array.</exception>
    public static RemoteErrorData FromWire(object? value)
    {
        if (value is object?[] { Length: 4 } a && a[0] is string type && a[1] is string message && a[2] is string stack && a[3] is string code)
            return new RemoteErrorData(type, message, stack, code);
        throw new ProtocolViolationException("an error must be [type, message, stack, code] strings");
    }
}
