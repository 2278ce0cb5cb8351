using System.Text;

namespace Anyvc.Host.Diffs;

/// <summary>
/// The one diff format of every backend: changed files as <c>git diff --no-renames</c> prints them with default
/// settings, less the <c>index</c> lines (which name git blob ids no other tool has), so both <c>git apply</c> and
/// <c>patch -p1</c> take it:
/// modes as git's (100644, 100755, 120000 for a link, whose content is its target), and a side that does not exist is
/// <c>/dev/null</c>. The diff is assembled as bytes (one
/// Latin-1 char per byte, so lines compare byte for byte whatever their encoding) and decoded as UTF-8 once at the
/// end, which is what decoding git's own output gives.
/// </summary>
internal static class GitDiff
{
    /// <summary>git's <c>buffer_is_binary</c> looks for a NUL only this far into a file.</summary>
    private const int BinaryProbeLength = 8000;

    private const string Nothing = "/dev/null";

    public static string Format(IReadOnlyList<DiffFile> changes)
    {
        var diff = new StringBuilder();
        foreach (var change in changes)
            AppendFile(diff, change);
        return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(diff.ToString()));
    }

    /// <remarks>Quoted paths are plain ASCII, so they need no conversion to bytes.</remarks>
    private static void AppendFile(StringBuilder diff, DiffFile change)
    {
        var oldName = GitPathQuoting.Quote("a/" + change.Path);
        var newName = GitPathQuoting.Quote("b/" + change.Path);
        diff.Append("diff --git ").Append(oldName).Append(' ').Append(newName).Append('\n');
        if (change.Before is null)
            diff.Append("new file mode ").Append(change.AfterMode).Append('\n');
        if (change.After is null)
            diff.Append("deleted file mode ").Append(change.BeforeMode).Append('\n');
        if (change.Before is not null && change.After is not null && change.BeforeMode != change.AfterMode)
            diff.Append("old mode ").Append(change.BeforeMode).Append("\nnew mode ").Append(change.AfterMode).Append('\n');
        var oldLabel = change.Before is null ? Nothing : oldName;
        var newLabel = change.After is null ? Nothing : newName;
        byte[] before = change.Before ?? [], after = change.After ?? [];
        // A mode change alone: git prints the mode lines and nothing else, binary or not.
        if (change.Before is not null && change.After is not null && before.AsSpan().SequenceEqual(after))
            return;
        if (IsBinary(before) || IsBinary(after))
        {
            diff.Append("Binary files ").Append(oldLabel).Append(" and ").Append(newLabel).Append(" differ\n");
            return;
        }
        var hunks = GitHunks.Format(Encoding.Latin1.GetString(before), Encoding.Latin1.GetString(after));
        // A file added or removed empty has a header and nothing else.
        if (hunks.Length == 0)
            return;
        AppendLabel(diff, "--- ", oldLabel);
        AppendLabel(diff, "+++ ", newLabel);
        diff.Append(hunks);
    }

    /// <summary>git ends a label that contains a space with a tab, so patch tools can tell where the name ends.</summary>
    private static void AppendLabel(StringBuilder diff, string marker, string label) =>
        diff.Append(marker).Append(label).Append(label.Contains(' ') ? "\t\n" : "\n");

    private static bool IsBinary(byte[] content) => content.AsSpan(0, Math.Min(content.Length, BinaryProbeLength)).Contains((byte)0);
}
