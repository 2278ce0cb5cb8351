namespace Anyvc.Host.Diffs;

/// <summary>
/// git's idea of valid UTF-8 (<c>pick_one_utf8_char</c> in utf8.c): stricter than .NET's, it also refuses U+FFFE and
/// U+FFFF. git cuts a hunk header at the first byte that is not part of such a character.
/// </summary>
internal static class GitUtf8
{
    /// <summary>How many leading bytes of <paramref name="bytes"/> form whole, valid characters.</summary>
    public static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length && CharacterLength(bytes[position..]) is var length and > 0)
            position += length;
        return position;
    }

    /// <summary>The length of the character at the start of <paramref name="s"/>, or 0 when it is invalid or cut off.</summary>
    private static int CharacterLength(ReadOnlySpan<byte> s) => s[0] switch
    {
        < 0x80 => 1,
        >= 0xc2 and < 0xe0 when Continues(s, 2) => 2,
        >= 0xe0 and < 0xf0 when Continues(s, 3)
            && !(s[0] == 0xe0 && s[1] < 0xa0)
            && !(s[0] == 0xed && s[1] >= 0xa0)
            && !(s[0] == 0xef && s[1] == 0xbf && s[2] >= 0xbe) => 3,
        >= 0xf0 and <= 0xf4 when Continues(s, 4)
            && !(s[0] == 0xf0 && s[1] < 0x90)
            && !(s[0] == 0xf4 && s[1] > 0x8f) => 4,
        _ => 0,
    };

    /// <summary>True when the character at the start of <paramref name="s"/> has its <paramref name="length"/> - 1 continuation bytes.</summary>
    private static bool Continues(ReadOnlySpan<byte> s, int length) =>
        s.Length >= length && s[1..length].IndexOfAnyExceptInRange((byte)0x80, (byte)0xbf) < 0;
}
