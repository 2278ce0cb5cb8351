namespace Anyvc.Backends.Hg;

/// <summary>
/// Converts between .NET times and hg's <c>(unixtime, offset)</c> pairs, whose offset is seconds WEST of UTC
/// (the negation of a .NET offset).
/// </summary>
internal static class HgDate
{
    /// <summary>hg's pair for <paramref name="time"/>.</summary>
    public static (long UnixTime, int SecondsWest) ToHg(DateTimeOffset time) =>
        (time.ToUnixTimeSeconds(), -(int)time.Offset.TotalSeconds);

    /// <summary>The .NET time for hg's pair; offsets that are not whole minutes (only hand-made commits) are rounded.</summary>
    public static DateTimeOffset FromHg(long unixTime, int secondsWest)
    {
        var offset = TimeSpan.FromMinutes(Math.Round(-secondsWest / 60.0));
        return DateTimeOffset.FromUnixTimeSeconds(unixTime).ToOffset(offset);
    }
}
