using System.Buffers;
using Anyvc.Channels.Errors;
using MessagePack;

namespace Anyvc.Channels.Framing;

/// <summary>
/// Encodes and decodes the plain values that cross a channel: null, bool, integers, double, string, bytes,
/// arrays (<c>object?[]</c>) and string-keyed maps. Nothing else crosses: no type names, no extension types,
/// so a hostile peer cannot make us instantiate anything.
/// </summary>
public static class MsgPackValue
{
    private static readonly MessagePackSecurity Security = MessagePackSecurity.UntrustedData;

    /// <summary>Writes one value.</summary>
    /// <exception cref="ArgumentException">The value is of a type that does not cross the wire.</exception>
    public static void Write(ref MessagePackWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNil(); break;
            case bool b: writer.Write(b); break;
            case int i: writer.Write(i); break;
            case long l: writer.Write(l); break;
            case uint u: writer.Write(u); break;
            case ulong ul: writer.Write(ul); break;
            case double d: writer.Write(d); break;
            case string s: writer.Write(s); break;
            case byte[] bytes: writer.Write(bytes); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.Write(key);
                    Write(ref writer, item);
                }
                break;
            case object?[] array:
                writer.WriteArrayHeader(array.Length);
                foreach (var item in array) Write(ref writer, item);
                break;
            case IReadOnlyList<string> strings:
                writer.WriteArrayHeader(strings.Count);
                foreach (var item in strings) writer.Write(item);
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} cannot cross a channel; send plain values (null, bool, integer, double, string, byte[], object?[], string-keyed map)", nameof(value));
        }
    }

    /// <summary>Encodes one value into a new byte array.</summary>
    public static byte[] Encode(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        var writer = new MessagePackWriter(buffer);
        Write(ref writer, value);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes exactly one value that fills <paramref name="payload"/>.</summary>
    /// <exception cref="ProtocolViolationException">The bytes are not one valid value.</exception>
    public static object? Decode(ReadOnlyMemory<byte> payload)
    {
        try
        {
            var reader = new MessagePackReader(payload);
            var value = Read(ref reader);
            if (!reader.End)
                throw new ProtocolViolationException($"{payload.Length - reader.Consumed} trailing bytes after a MessagePack value");
            return value;
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            throw new ProtocolViolationException($"invalid MessagePack payload ({payload.Length} bytes): {e.Message}", e);
        }
    }

    /// <summary>
    /// True for every exception MessagePackReader raises on malformed input: bad codes, truncation, overflow, nesting
    /// past the stack, and lengths that point past the buffer.
    /// </summary>
    public static bool IsDecodeFailure(Exception e) => e is MessagePackSerializationException or EndOfStreamException
        or OverflowException or InsufficientExecutionStackException or ArgumentOutOfRangeException;

    /// <summary>Reads one value.</summary>
    public static object? Read(ref MessagePackReader reader)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil: reader.ReadNil(); return null;
            case MessagePackType.Boolean: return reader.ReadBoolean();
            case MessagePackType.Integer:
                return reader.NextCode == MessagePackCode.UInt64 ? ReadUInt64(ref reader) : reader.ReadInt64();
            case MessagePackType.Float: return reader.ReadDouble();
            case MessagePackType.String: return reader.ReadString();
            case MessagePackType.Binary: return reader.ReadBytes()?.ToArray();
            case MessagePackType.Array: return ReadArray(ref reader);
            case MessagePackType.Map: return ReadMap(ref reader);
            default:
                throw new ProtocolViolationException($"invalid MessagePack: type {reader.NextMessagePackType} (code 0x{reader.NextCode:X2}) does not cross a channel");
        }
    }

    private static object ReadUInt64(ref MessagePackReader reader)
    {
        var value = reader.ReadUInt64();
        return value <= long.MaxValue ? (long)value : value;
    }

    private static object?[] ReadArray(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        Security.DepthStep(ref reader);
        try
        {
            var items = new object?[count];
            for (var i = 0; i < count; i++) items[i] = Read(ref reader);
            return items;
        }
        finally
        {
            reader.Depth--;
        }
    }

    private static Dictionary<string, object?> ReadMap(ref MessagePackReader reader)
    {
        var count = reader.ReadMapHeader();
        Security.DepthStep(ref reader);
        try
        {
            var map = new Dictionary<string, object?>(Math.Min(count, 64), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (reader.NextMessagePackType != MessagePackType.String)
                    throw new ProtocolViolationException("map keys must be strings");
                var key = reader.ReadString()!;
                if (!map.TryAdd(key, Read(ref reader)))
                    throw new ProtocolViolationException($"duplicate map key '{key}'");
            }
            return map;
        }
        finally
        {
            reader.Depth--;
        }
    }
}
