using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>
/// Field readers for codecs: each checks the MessagePack type before reading, so a value of the wrong shape fails as a
/// <see cref="WireFormatException"/> naming the field, never as a cast or a MessagePack exception.
/// </summary>
public static class WireFields
{
    /// <summary>Reads the array header of a record with exactly <paramref name="fields"/> fields.</summary>
    public static void Record(ref MessagePackReader reader, string name, int fields)
    {
        Expect(ref reader, MessagePackType.Array, name, "an array");
        var count = reader.ReadArrayHeader();
        if (count != fields)
            throw new WireFormatException(name, $"must be an array of {fields} fields, not {count}");
    }

    /// <summary>Reads an array header of any length.</summary>
    public static int Array(ref MessagePackReader reader, string field)
    {
        Expect(ref reader, MessagePackType.Array, field, "an array");
        return reader.ReadArrayHeader();
    }

    /// <summary>Reads a string.</summary>
    public static string String(ref MessagePackReader reader, string field)
    {
        Expect(ref reader, MessagePackType.String, field, "a string");
        return reader.ReadString()!;
    }

    /// <summary>Reads a string or nil.</summary>
    public static string? OptionalString(ref MessagePackReader reader, string field) =>
        reader.TryReadNil() ? null : String(ref reader, field);

    /// <summary>Reads a signed 64-bit integer.</summary>
    public static long Int64(ref MessagePackReader reader, string field)
    {
        Expect(ref reader, MessagePackType.Integer, field, "an integer");
        // MessagePack writes a positive long of 2^32 or more as uint64: read it as such, refuse only what a long cannot hold.
        if (reader.NextCode != MessagePackCode.UInt64)
            return reader.ReadInt64();
        var value = reader.ReadUInt64();
        return value <= long.MaxValue ? (long)value : throw new WireFormatException(field, $"must fit a signed 64-bit integer, not {value}");
    }

    /// <summary>Reads a boolean.</summary>
    public static bool Boolean(ref MessagePackReader reader, string field)
    {
        Expect(ref reader, MessagePackType.Boolean, field, "a boolean");
        return reader.ReadBoolean();
    }

    /// <summary>Reads a nested value, naming its fields inside <paramref name="field"/> when it is malformed.</summary>
    public static T Nested<T>(ref MessagePackReader reader, string field, IWireCodec<T> codec)
    {
        try
        {
            return codec.Read(ref reader);
        }
        catch (WireFormatException e)
        {
            throw e.Within(field);
        }
    }

    /// <summary>Reads an array whose every item <paramref name="item"/> reads.</summary>
    public static List<T> List<T>(ref MessagePackReader reader, string field, WireRead<T> item)
    {
        var count = Array(ref reader, field);
        var items = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            try
            {
                items.Add(item(ref reader));
            }
            catch (WireFormatException e)
            {
                throw e.Within($"{field}[{i}]");
            }
        }
        return items;
    }

    /// <summary>Writes a list with <paramref name="item"/> per element.</summary>
    public static void WriteList<T>(ref MessagePackWriter writer, IReadOnlyCollection<T> items, WireWrite<T> item)
    {
        writer.WriteArrayHeader(items.Count);
        foreach (var value in items)
            item(ref writer, value);
    }

    /// <summary>Writes a string or nil.</summary>
    public static void WriteOptional(ref MessagePackWriter writer, string? value)
    {
        if (value is null)
            writer.WriteNil();
        else
            writer.Write(value);
    }

    private static void Expect(ref MessagePackReader reader, MessagePackType type, string field, string what)
    {
        var actual = reader.NextMessagePackType;
        if (actual == MessagePackType.Unknown)
            throw new MessagePackSerializationException($"invalid MessagePack: code 0x{reader.NextCode:X2} starts no value");
        if (actual != type)
            throw new WireFormatException(field, $"must be {what}, not {Describe(actual)}");
    }

    private static string Describe(MessagePackType type) => type switch
    {
        MessagePackType.Nil => "nil",
        MessagePackType.Integer => "an integer",
        MessagePackType.Boolean => "a boolean",
        MessagePackType.Float => "a float",
        MessagePackType.String => "a string",
        MessagePackType.Binary => "bytes",
        MessagePackType.Array => "an array",
        MessagePackType.Map => "a map",
        MessagePackType.Extension => "an extension value",
        _ => "an unknown MessagePack type",
    };
}
