using Anyvc.Channels.Commands;
using Anyvc.Channels.Framing;
using MessagePack;

namespace Anyvc.Channels.Errors;

/// <summary>An error as it crosses the wire: <c>[type, message, stack, code]</c>, all plain strings.</summary>
/// <param name="TypeName">Full name of the exception type on the side that raised it.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="RemoteStack">The stack trace on the raising side, or empty.</param>
/// <param name="Code">A stable machine-readable code (e.g. <c>not-found</c>), or empty.</param>
public sealed record RemoteErrorData(string TypeName, string Message, string RemoteStack, string Code)
{
    /// <summary>The code used when an exception carries no code of its own.</summary>
    public const string GenericCode = "error";

    /// <summary>Longer messages and stacks are cut: an error must fit a frame, and a reader wants the start.</summary>
    public const int MaxTextLength = 16 * 1024;

    /// <summary>
    /// Captures an exception; a <see cref="ICodedException"/> supplies its code. An error that only repeats why an
    /// object was never created is that original error, with its type and code.
    /// </summary>
    public static RemoteErrorData From(Exception exception) => exception is PoisonedIdException poisoned ? poisoned.Origin.Error : new(
        exception.GetType().FullName ?? exception.GetType().Name,
        Cut(exception.Message),
        Cut(exception.StackTrace ?? ""),
        exception is ICodedException coded ? coded.Code : GenericCode);

    /// <summary>Writes the wire form.</summary>
    public void Write(ref MessagePackWriter writer)
    {
        writer.WriteArrayHeader(4);
        writer.Write(TypeName);
        writer.Write(Message);
        writer.Write(RemoteStack);
        writer.Write(Code);
    }

    /// <summary>Reads the wire form.</summary>
    /// <exception cref="ProtocolViolationException">The value is not an error array.</exception>
    public static RemoteErrorData Read(ref MessagePackReader reader)
    {
        try
        {
            WireFields.Record(ref reader, "error", 4);
            return new RemoteErrorData(WireFields.String(ref reader, "type"), WireFields.String(ref reader, "message"),
                WireFields.String(ref reader, "stack"), WireFields.String(ref reader, "code"));
        }
        catch (Exception e) when (e is WireFormatException || MsgPackValue.IsDecodeFailure(e))
        {
            throw new ProtocolViolationException($"an error must be [type, message, stack, code] strings: {e.Message}", e);
        }
    }

    /// <summary>Reads the wire form that fills <paramref name="payload"/> (a <c>CloseWithError</c> frame).</summary>
    /// <exception cref="ProtocolViolationException">The payload is not one error array.</exception>
    public static RemoteErrorData Read(ReadOnlyMemory<byte> payload)
    {
        var reader = new MessagePackReader(payload);
        var error = Read(ref reader);
        return reader.End ? error : throw new ProtocolViolationException("an error must be [type, message, stack, code] and nothing after it");
    }

    private static string Cut(string text) =>
        text.Length <= MaxTextLength ? text : $"{text[..MaxTextLength]}… ({text.Length - MaxTextLength} more characters)";
}
