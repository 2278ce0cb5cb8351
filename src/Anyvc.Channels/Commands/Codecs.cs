using Anyvc.Channels.Framing;
using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>Codecs for the values every protocol needs, and <see cref="Record{T}"/> for a record as a fixed-length array.</summary>
public static class Codecs
{
    /// <summary>No arguments: an empty array.</summary>
    public static IWireCodec<Unit> NoArguments { get; } = new WireCodec<Unit>("[]",
        static (ref MessagePackWriter writer, Unit _) => writer.WriteArrayHeader(0),
        static (ref MessagePackReader reader) =>
        {
            WireFields.Record(ref reader, "arguments", 0);
            return Unit.Value;
        });

    /// <summary>No result: nil.</summary>
    public static IWireCodec<Unit> Nothing { get; } = new WireCodec<Unit>("nil",
        static (ref MessagePackWriter writer, Unit _) => writer.WriteNil(),
        static (ref MessagePackReader reader) => reader.TryReadNil() ? Unit.Value : throw new WireFormatException("result", "must be nil"));

    /// <summary>A string.</summary>
    public static IWireCodec<string> String { get; } = new WireCodec<string>("str",
        static (ref MessagePackWriter writer, string value) => writer.Write(value),
        static (ref MessagePackReader reader) => WireFields.String(ref reader, "value"));

    /// <summary>A string or nil.</summary>
    public static IWireCodec<string?> OptionalString { get; } = new WireCodec<string?>("str?",
        static (ref MessagePackWriter writer, string? value) => WireFields.WriteOptional(ref writer, value),
        static (ref MessagePackReader reader) => WireFields.OptionalString(ref reader, "value"));

    /// <summary>A signed 64-bit integer.</summary>
    public static IWireCodec<long> Int64 { get; } = new WireCodec<long>("int",
        static (ref MessagePackWriter writer, long value) => writer.Write(value),
        static (ref MessagePackReader reader) => WireFields.Int64(ref reader, "value"));

    /// <summary>A boolean.</summary>
    public static IWireCodec<bool> Boolean { get; } = new WireCodec<bool>("bool",
        static (ref MessagePackWriter writer, bool value) => writer.Write(value),
        static (ref MessagePackReader reader) => WireFields.Boolean(ref reader, "value"));

    /// <summary>An array of strings.</summary>
    public static IWireCodec<IReadOnlyList<string>> StringList { get; } = new WireCodec<IReadOnlyList<string>>("[str...]",
        static (ref MessagePackWriter writer, IReadOnlyList<string> items) => WireFields.WriteList(ref writer, items, static (ref MessagePackWriter w, string s) => w.Write(s)),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "items", static (ref MessagePackReader r) => WireFields.String(ref r, "item")));

    /// <summary>An array of integers.</summary>
    public static IWireCodec<IReadOnlyList<long>> Int64List { get; } = new WireCodec<IReadOnlyList<long>>("[int...]",
        static (ref MessagePackWriter writer, IReadOnlyList<long> items) => WireFields.WriteList(ref writer, items, static (ref MessagePackWriter w, long n) => w.Write(n)),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "items", static (ref MessagePackReader r) => WireFields.Int64(ref r, "item")));

    /// <summary>Any plain value (see <see cref="MsgPackValue"/>): for free-form data such as hello properties and test commands.</summary>
    public static IWireCodec<object?> PlainValue { get; } = new WireCodec<object?>("any",
        static (ref MessagePackWriter writer, object? value) => MsgPackValue.Write(ref writer, value),
        static (ref MessagePackReader reader) => MsgPackValue.Read(ref reader));

    /// <summary>
    /// A record as an array of exactly <paramref name="fields"/> values, written and read in the order the shape
    /// lists them. Never reorder or reuse a position: add fields at the end, with a new protocol version.
    /// </summary>
    /// <param name="shape">The shape for people, e.g. <c>[path: str, channel: int]</c>.</param>
    /// <param name="fields">How many fields the array has.</param>
    /// <param name="writeFields">Writes the fields (the array header is written here).</param>
    /// <param name="readFields">Reads the fields (the array header is checked here).</param>
    /// <param name="name">What errors call the record when its array is malformed; empty for a record nested in a field, which names it.</param>
    public static IWireCodec<T> Record<T>(string shape, int fields, WireWrite<T> writeFields, WireRead<T> readFields, string name = "arguments") =>
        new WireCodec<T>(shape,
            (ref MessagePackWriter writer, T value) =>
            {
                writer.WriteArrayHeader(fields);
                writeFields(ref writer, value);
            },
            (ref MessagePackReader reader) =>
            {
                WireFields.Record(ref reader, name, fields);
                return readFields(ref reader);
            });
}
