using System.Text;

namespace Anyvc.Host.Diffs;

/// <summary>
/// git's quoting of paths in diff headers (<c>quote_c_style</c> with <c>core.quotePath</c> on): a path with a
/// control character, <c>"</c>, <c>\</c> or any byte outside ASCII is written in double quotes, each such UTF-8
/// byte as a C escape or three octal digits.
/// </summary>
internal static class GitPathQuoting
{
    public static string Quote(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path);
        if (!bytes.Any(MustQuote))
            return path;
        var quoted = new StringBuilder("\"");
        foreach (var b in bytes)
        {
            if (!MustQuote(b))
                quoted.Append((char)b);
            else if (Escape(b) is { } letter)
                quoted.Append('\\').Append(letter);
            else
                quoted.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        }
        return quoted.Append('"').ToString();
    }

    private static bool MustQuote(byte b) => b < 0x20 || b >= 0x7f || b is (byte)'"' or (byte)'\\';

    private static char? Escape(byte b) => b switch
    {
        0x07 => 'a',
        0x08 => 'b',
        0x09 => 't',
        0x0a => 'n',
        0x0b => 'v',
        0x0c => 'f',
        0x0d => 'r',
        (byte)'"' => '"',
        (byte)'\\' => '\\',
        _ => null,
    };
}
