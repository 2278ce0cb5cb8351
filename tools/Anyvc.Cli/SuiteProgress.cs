using System.Diagnostics;
using System.Text;

namespace Anyvc.Cli;

/// <summary>
/// Follows the progress file the harness appends to (<c>ANYVC_PROGRESS</c>, one line per finished test) while the
/// suite runs: prints each failure as it happens and, every few seconds, finished / total per backend, the time so
/// far and an estimate of the rest. Totals and the estimate come from a previous run's <c>matrix.json</c> when there
/// is one (the time each test took then); without one, the estimate comes from <paramref name="predictedSeconds"/>
/// (the timings file's seconds for the units this run covers), and no totals are shown.
/// </summary>
internal sealed class SuiteProgress(
    string file,
    IReadOnlyDictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)>? previous,
    double? predictedSeconds,
    TextWriter output,
    TimeSpan? interval = null)
{
    private readonly TimeSpan statusInterval = interval ?? TimeSpan.FromSeconds(5);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly SortedDictionary<string, int> finished = new(StringComparer.Ordinal);
    private TimeSpan lastStatus = TimeSpan.Zero;
    private long offset;
    private int failures;
    private double expectedDone;

    /// <summary>Reads what the harness appended since the last call; prints failures, and the status when due.</summary>
    public void Poll(bool final = false)
    {
        foreach (var line in NewLines())
        {
            var fields = line.Split('\t');
            if (fields.Length < 5)
                continue;
            var (backend, row, outcome) = (fields[0], fields[1], fields[2]);
            finished[backend] = finished.GetValueOrDefault(backend) + 1;
            expectedDone += previous is null
                ? double.TryParse(fields[3], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var took) ? took : 0
                : previous.GetValueOrDefault((row, backend)).Seconds;
            if (MatrixJson.IsFailure(outcome))
            {
                failures++;
                output.WriteLine($"{outcome} {row} [{backend}]: {fields[4]}");
            }
        }
        if (final || clock.Elapsed - lastStatus >= statusInterval)
        {
            lastStatus = clock.Elapsed;
            output.WriteLine(Status(final));
        }
    }

    private string Status(bool final)
    {
        var totals = previous?.Keys.GroupBy(k => k.Backend).ToDictionary(g => g.Key, g => g.Count()) ?? [];
        var text = new StringBuilder($"progress {clock.Elapsed.TotalSeconds:0} s: ");
        text.Append(string.Join(", ", finished.Select(b => totals.TryGetValue(b.Key, out var total) ? $"{b.Key} {b.Value}/{total}" : $"{b.Key} {b.Value}")));
        text.Append($"; {failures} failed");
        var expectedAll = previous?.Values.Sum(v => v.Seconds) ?? predictedSeconds ?? 0;
        if (final)
            text.Append("; done");
        else if (expectedDone > 0 && expectedAll > expectedDone)
            text.Append($"; about {clock.Elapsed.TotalSeconds * (expectedAll - expectedDone) / expectedDone:0} s left (estimated from {(previous is null ? "the timings file" : "the previous run")})");
        return text.ToString();
    }

    private List<string> NewLines()
    {
        if (!File.Exists(file))
            return [];
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var complete = text.LastIndexOf('\n') + 1;
        offset += Encoding.UTF8.GetByteCount(text.AsSpan(0, complete));
        return text[..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
