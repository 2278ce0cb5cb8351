using System.Text;

namespace Anyvc.Host.Diffs;

/// <summary>
/// git's default hunk-header context (xdiff's <c>def_ff</c>): the nearest old line above a hunk that starts with an
/// ASCII letter, <c>_</c> or <c>$</c>, cut to 80 bytes and stripped of trailing whitespace; git then drops whatever
/// follows the first byte that is not valid UTF-8 (<c>sane_truncate_line</c>), such as a character the cut split.
/// </summary>
/// <param name="oldLines">The old side's lines, one char per byte.</param>
internal sealed class FunctionLine(IReadOnlyList<string> oldLines)
{
    private const int MaximumBytes = 80;

    private string? found;
    private int searchedDownTo = -1;

    /// <summary>
    /// The context of a hunk starting at old line <paramref name="hunkStart"/>; hunks must be asked in order. Like
    /// git, only the lines the previous search did not cover are searched, and without a match the previous context stays.
    /// </summary>
    public string? Above(int hunkStart)
    {
        for (var line = hunkStart - 1; line > searchedDownTo; line--)
            if (From(oldLines[line]) is { } context)
            {
                found = context;
                break;
            }
        searchedDownTo = hunkStart - 1;
        return found;
    }

    private static string? From(string line)
    {
        if (line.Length == 0 || !(char.IsAsciiLetter(line[0]) || line[0] is '_' or '$'))
            return null;
        var length = Math.Min(line.Length, MaximumBytes);
        // git's isspace: space, tab, newline and carriage return only.
        while (length > 0 && line[length - 1] is ' ' or '\t' or '\n' or '\r')
            length--;
        return line[..GitUtf8.ValidPrefixLength(Encoding.Latin1.GetBytes(line[..length]))];
    }
}
