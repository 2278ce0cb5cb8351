namespace Anyvc.Wire;

/// <summary>Commit times on the wire: <c>[unix seconds, UTC offset in minutes]</c>, kept to the second.</summary>
public static class WireTime
{
    /// <summary>Encodes a time, dropping sub-second precision.</summary>
    public static object?[] Encode(DateTimeOffset time) => [time.ToUnixTimeSeconds(), (long)time.Offset.TotalMinutes];

    /// <summary>Decodes a wire time.</summary>
    /// <exception cref="ArgumentException">The value is not a wire time.</exception>
    public static DateTimeOffset Decode(object? value) => value is object?[] { Length: 2 } a && a[0] is long seconds && a[1] is long minutes
        ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromMinutes(minutes))
        : throw new ArgumentException("a time must be [seconds, offsetMinutes]");
}
