using System.Globalization;

namespace Anyvc.Backends.Svn;

/// <summary>svn's date format (<c>svn:date</c>): UTC only, microseconds, e.g. <c>2001-02-03T04:05:06.000000Z</c>.</summary>
internal static class SvnDate
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    /// <summary>The <c>svn:date</c> value of <paramref name="time"/>, to the second (svn keeps no offset: it becomes UTC).</summary>
    public static string ToSvn(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds()).UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads an <c>svn:date</c> value as a UTC time (offset zero), truncated to the second like the times Anyvc writes.</summary>
    public static DateTimeOffset Parse(string text)
    {
        var time = DateTimeOffset.ParseExact(text.Trim(), Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
    }
}
