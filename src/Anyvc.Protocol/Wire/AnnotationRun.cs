using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>
/// <paramref name="Lines"/> consecutive lines of an annotated file that <paramref name="Revision"/> last changed. Runs
/// keep an annotation small on the wire: a file's lines mostly come in blocks from the same revision.
/// </summary>
/// <param name="Revision">The full id of the revision.</param>
/// <param name="Lines">How many lines, at least one.</param>
public sealed record AnnotationRun(string Revision, int Lines)
{
    /// <summary>The codec of a whole annotation: <c>[[revision, lines]...]</c>.</summary>
    public static IWireCodec<IReadOnlyList<AnnotationRun>> ListCodec { get; } = new WireCodec<IReadOnlyList<AnnotationRun>>("[[revision: str, lines: int]...]",
        static (ref MessagePackWriter writer, IReadOnlyList<AnnotationRun> runs) => WireFields.WriteList(ref writer, runs, static (ref MessagePackWriter w, AnnotationRun run) =>
        {
            w.WriteArrayHeader(2);
            w.Write(run.Revision);
            w.Write(run.Lines);
        }),
        static (ref MessagePackReader reader) => WireFields.List(ref reader, "annotation", static (ref MessagePackReader r) =>
        {
            WireFields.Record(ref r, "run", 2);
            var revision = WireFields.String(ref r, "revision");
            var lines = WireFields.Int64(ref r, "lines");
            if (lines is < 1 or > int.MaxValue)
                throw new WireFormatException("lines", $"must be a positive count, not {lines}");
            return new AnnotationRun(revision, (int)lines);
        }));
}
