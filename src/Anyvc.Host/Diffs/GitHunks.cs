using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Anyvc.Host.Diffs;

/// <summary>
/// The hunks of a text change (one char per byte) as git's xdiff emits them: DiffPlex finds the changed lines;
/// changes at most twice the context apart share a hunk; context lines come from the new side; the header carries
/// git's function line.
/// </summary>
internal static class GitHunks
{
    private const int Context = 3;

    public static string Format(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, NewlineChunker.Instance);
        var text = new StringBuilder();
        var functionLine = new FunctionLine(diff.PiecesOld);
        foreach (var hunk in Group(diff.DiffBlocks))
        {
            var (first, last) = (hunk[0], hunk[^1]);
            var oldStart = Math.Max(first.DeleteStartA - Context, 0);
            var newStart = Math.Max(first.InsertStartB - Context, 0);
            var trailing = Math.Min(Context, Math.Min(
                diff.PiecesOld.Count - (last.DeleteStartA + last.DeleteCountA),
                diff.PiecesNew.Count - (last.InsertStartB + last.InsertCountB)));
            var oldEnd = last.DeleteStartA + last.DeleteCountA + trailing;
            var newEnd = last.InsertStartB + last.InsertCountB + trailing;
            text.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@");
            text.Append(functionLine.Above(oldStart) is { } function ? $" {function}\n" : "\n");
            AppendLines(text, diff, hunk, newStart, newEnd);
        }
        return text.ToString();
    }

    private static void AppendLines(StringBuilder text, DiffResult diff, List<DiffBlock> hunk, int newStart, int newEnd)
    {
        var next = newStart;
        foreach (var change in hunk)
        {
            for (; next < change.InsertStartB; next++)
                AppendLine(text, ' ', diff.PiecesNew[next]);
            for (var line = change.DeleteStartA; line < change.DeleteStartA + change.DeleteCountA; line++)
                AppendLine(text, '-', diff.PiecesOld[line]);
            for (; next < change.InsertStartB + change.InsertCountB; next++)
                AppendLine(text, '+', diff.PiecesNew[next]);
        }
        for (; next < newEnd; next++)
            AppendLine(text, ' ', diff.PiecesNew[next]);
    }

    private static void AppendLine(StringBuilder text, char marker, string line)
    {
        text.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
            text.Append("\n\\ No newline at end of file\n");
    }

    /// <summary>Changes separated by at most twice the context share a hunk (their context would touch or overlap).</summary>
    private static List<List<DiffBlock>> Group(IEnumerable<DiffBlock> changes)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var change in changes)
        {
            var previous = hunks.Count == 0 ? null : hunks[^1][^1];
            if (previous is not null && change.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * Context)
                hunks[^1].Add(change);
            else
                hunks.Add([change]);
        }
        return hunks;
    }

    /// <summary>git's range: <c>start,count</c>, the count left out when it is 1, an empty range counted from the line before it.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{start + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };
}
