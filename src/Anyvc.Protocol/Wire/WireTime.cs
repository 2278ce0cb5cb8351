using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>Commit times on the wire: <c>[unix seconds, UTC offset in minutes]</c>, kept to the second.</summary>
public static class WireTime
{
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>A time.</summary>
    public static IWireCodec<DateTimeOffset> Codec { get; } = new WireCodec<DateTimeOffset>("Time",
        static (ref MessagePackWriter writer, DateTimeOffset time) => Write(ref writer, time),
        static (ref MessagePackReader reader) => Read(ref reader, "time"));

    /// <summary>Writes a time, dropping sub-second precision.</summary>
    public static void Write(ref MessagePackWriter writer, DateTimeOffset time)
    {
        writer.WriteArrayHeader(2);
        writer.Write(time.ToUnixTimeSeconds());
        writer.Write((long)time.Offset.TotalMinutes);
    }

    /// <summary>Writes a time or nil.</summary>
    public static void WriteOptional(ref MessagePackWriter writer, DateTimeOffset? time)
    {
        if (time is { } value)
            Write(ref writer, value);
        else
            writer.WriteNil();
    }

    /// <summary>Reads a time; <paramref name="field"/> names it in errors.</summary>
    public static DateTimeOffset Read(ref MessagePackReader reader, string field)
    {
        WireFields.Record(ref reader, field, 2);
        var seconds = WireFields.Int64(ref reader, field + ".seconds");
        var minutes = WireFields.Int64(ref reader, field + ".offsetMinutes");
        if (minutes is < -MaxOffsetMinutes or > MaxOffsetMinutes)
            throw new WireFormatException(field + ".offsetMinutes", $"must be within ±{MaxOffsetMinutes}, not {minutes}");
        // The local time (UTC plus the offset) must lie within years 1 to 9999 too, or DateTimeOffset refuses it.
        var local = seconds + minutes * 60;
        if (Math.Min(seconds, local) < DateTimeOffset.MinValue.ToUnixTimeSeconds() || Math.Max(seconds, local) > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            throw new WireFormatException(field + ".seconds", $"puts the time outside the years 1 to 9999: {seconds} with offset {minutes} minutes");
        return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromMinutes(minutes));
    }

    /// <summary>Reads a time or nil.</summary>
    public static DateTimeOffset? ReadOptional(ref MessagePackReader reader, string field) =>
        reader.TryReadNil() ? null : Read(ref reader, field);
}
