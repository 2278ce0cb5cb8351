using System.Text.Json;
using System.Text.Json.Nodes;

namespace Anyvc.Cli;

/// <summary>
/// The matrix as machine-readable JSON (<c>matrix.json</c>): the backends, then one object per cell with its test,
/// backend, outcome (<c>pass</c>, <c>FAIL</c>, <c>skip</c>, <c>xfail</c>, <c>XPASS</c>), seconds and message. What <c>--compare</c> reads back.
/// </summary>
internal static class MatrixJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(ConformanceMatrix matrix)
    {
        var cells = new JsonArray();
        foreach (var ((row, backend), outcome) in matrix.Cells.OrderBy(c => c.Key.Row, StringComparer.Ordinal).ThenBy(c => c.Key.Backend, StringComparer.Ordinal))
            cells.Add(new JsonObject
            {
                ["test"] = row,
                ["backend"] = backend,
                ["outcome"] = Name(outcome.Outcome),
                ["seconds"] = Math.Round(outcome.Seconds, 3),
                ["message"] = outcome.Message,
            });
        var report = new JsonObject
        {
            ["format"] = 1,
            ["backends"] = new JsonArray([.. matrix.Backends.Select(b => (JsonNode)b)]),
            ["summary"] = matrix.Summary,
            ["cells"] = cells,
        };
        return report.ToJsonString(Indented);
    }

    /// <summary>The cells of a report written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not such a report; the message names it.</exception>
    public static Dictionary<(string Row, string Backend), (string Outcome, double Seconds, string Message)> Read(string file)
    {
        try
        {
            var report = JsonNode.Parse(File.ReadAllText(file))!;
            return report["cells"]!.AsArray().Select(cell => cell!).ToDictionary(
                cell => ((string)cell["test"]!, (string)cell["backend"]!),
                cell => ((string)cell["outcome"]!, (double)cell["seconds"]!, (string?)cell["message"] ?? ""));
        }
        catch (Exception e) when (e is JsonException or NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{file} is not a matrix.json written by anyvc check: {e.Message}", e);
        }
    }

    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "pass",
        Outcome.Failed => "FAIL",
        Outcome.ExpectedFailure => "xfail",
        Outcome.UnexpectedPass => "XPASS",
        _ => "skip",
    };

    /// <summary>True for the outcomes that fail a run: <c>FAIL</c> and <c>XPASS</c>.</summary>
    public static bool IsFailure(string name) => Parse(name).FailsTheRun();

    /// <summary>The outcome <see cref="Name"/> wrote.</summary>
    /// <exception cref="InvalidDataException">It is not one of <c>pass</c>, <c>FAIL</c>, <c>skip</c>, <c>xfail</c>, <c>XPASS</c>.</exception>
    public static Outcome Parse(string name) => name switch
    {
        "pass" => Outcome.Passed,
        "FAIL" => Outcome.Failed,
        "skip" => Outcome.Skipped,
        "xfail" => Outcome.ExpectedFailure,
        "XPASS" => Outcome.UnexpectedPass,
        _ => throw new InvalidDataException($"unknown outcome '{name}'"),
    };
}
