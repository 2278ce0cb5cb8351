using System.Diagnostics;

namespace Anyvc.Bench;

/// <summary>
/// The test child's <c>upload</c> sink counts and sums every byte it receives (so tests can check content), and
/// that work is part of <c>bulk_mb_per_s</c> while the raw child only discards. This runs the same loop shape
/// (a per-byte sum into a property) in this process, so the report can show how much of the bulk time it takes.
/// </summary>
internal sealed class UploadSinkProbe
{
    private long Count { get; set; }

    private long Sum { get; set; }

    public static double MegabytesPerSecond(long bytes)
    {
        var chunk = new byte[BenchSettings.BulkWrite];
        for (var i = 0; i < chunk.Length; i++)
            chunk[i] = (byte)i;
        var sink = new UploadSinkProbe();
        return Passes.SecondOfTwo(bytes, () =>
        {
            for (long done = 0; done < bytes; done += chunk.Length)
                sink.Write(chunk);
        }) + 0 * sink.Sum; // Sum is read so the loop cannot be dropped
    }

    private void Write(ReadOnlySpan<byte> buffer)
    {
        Count += buffer.Length;
        foreach (var b in buffer)
            Sum += b;
    }
}
