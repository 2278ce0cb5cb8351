using Anyvc.Fixtures;

namespace Anyvc.Cli;

/// <summary>
/// <c>anyvc merge OUTPUT a/matrix.json b/matrix.json ...</c>: the matrices of shards (or of CI matrix jobs) as one,
/// written to OUTPUT as Markdown, JUnit and JSON like <c>anyvc check</c> writes them. A cell that two parts both ran
/// is an error: the parts overlapped.
/// </summary>
internal static class MergeCommand
{
    public static int Run(string output, IReadOnlyList<string> parts)
    {
        try
        {
            var outcomes = new Dictionary<(string Row, string Backend), TestOutcome>();
            foreach (var part in parts)
                foreach (var ((row, backend), (outcome, seconds, message)) in MatrixJson.Read(part))
                {
                    var dot = row.IndexOf('.');
                    var cell = new TestOutcome($"{SuiteUnits.Namespace}.{row[..dot]}({backend})", row[(dot + 1)..], MatrixJson.Parse(outcome), message, seconds);
                    if (!outcomes.TryAdd((row, backend), cell))
                        throw new InvalidDataException($"{row} [{backend}] is in {part} and in an earlier part: the parts overlap");
                }
            var matrix = new ConformanceMatrix(outcomes.Values, BackendCatalog.Known.Select(b => b.Name).ToList());
            Directory.CreateDirectory(output);
            Console.Write(matrix.ToText());
            Console.WriteLine($"{matrix.Summary}, merged from {parts.Count} parts");
            File.WriteAllText(Path.Combine(output, "matrix.md"), matrix.ToMarkdown());
            File.WriteAllText(Path.Combine(output, "junit.xml"), matrix.ToJUnit());
            File.WriteAllText(Path.Combine(output, "matrix.json"), MatrixJson.Write(matrix));
            File.WriteAllText(Path.Combine(output, "timings.tsv"), ShardPlan.WriteTimings(matrix));
            return matrix.Succeeded ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"anyvc merge: {e.Message}");
            return 2;
        }
    }
}
