using System.Text;
using Anyvc.Wire;
using DiffPlex;

namespace Anyvc.Host.Diffs;

/// <summary>
/// Annotation for a backend whose tool has none: walk a file's versions oldest first, and let each version keep the
/// owner of every line it shares with the one before (by the same line diff the host's diffs use); its other lines
/// are its own.
/// </summary>
public static class LineOwners
{
    /// <summary>The lines of <paramref name="content"/>, each ending after <c>\n</c>, compared byte for byte.</summary>
    public static IReadOnlyList<string> Lines(byte[] content) => NewlineChunker.Instance.Chunk(Encoding.Latin1.GetString(content));

    /// <summary>
    /// The owners of <paramref name="newLines"/>: those of the lines they share with <paramref name="oldLines"/> (owned
    /// by <paramref name="oldOwners"/>), <paramref name="revision"/> for the rest.
    /// </summary>
    public static string[] Carry(IReadOnlyList<string> oldLines, IReadOnlyList<string> oldOwners, IReadOnlyList<string> newLines, string revision)
    {
        var owners = new string[newLines.Count];
        Array.Fill(owners, revision);
        var diff = Differ.Instance.CreateDiffs(string.Concat(oldLines), string.Concat(newLines), false, false, NewlineChunker.Instance);
        int older = 0, newer = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (older < block.DeleteStartA)
                owners[newer++] = oldOwners[older++];
            older += block.DeleteCountA;
            newer += block.InsertCountB;
        }
        while (older < oldLines.Count)
            owners[newer++] = oldOwners[older++];
        return owners;
    }

    /// <summary>Line owners as runs of one revision each.</summary>
    public static IReadOnlyList<AnnotationRun> Runs(IEnumerable<string> owners)
    {
        var runs = new List<AnnotationRun>();
        foreach (var owner in owners)
        {
            if (runs.Count > 0 && runs[^1].Revision == owner)
                runs[^1] = runs[^1] with { Lines = runs[^1].Lines + 1 };
            else
                runs.Add(new AnnotationRun(owner, 1));
        }
        return runs;
    }
}
