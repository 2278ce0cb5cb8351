using DiffPlex;

namespace Anyvc.Host.Diffs;

/// <summary>
/// Splits text into lines as git does: only after <c>\n</c>, each line keeping it, so a last line without a newline
/// differs from the same line with one, and a <c>\r</c> is part of its line.
/// </summary>
internal sealed class NewlineChunker : IChunker
{
    public static readonly NewlineChunker Instance = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var lines = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }
}
