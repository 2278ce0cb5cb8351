namespace Anyvc.Cli;

/// <summary><c>anyvc compare previous.json current.json</c>: what changed between two runs' <c>matrix.json</c>; exit 1 on a new failure.</summary>
internal static class CompareCommand
{
    public static int Run(string previous, string current)
    {
        try
        {
            var lines = MatrixComparison.Compare(MatrixJson.Read(previous), MatrixJson.Read(current), previous);
            foreach (var line in lines)
                Console.WriteLine(line);
            return lines.Any(l => l.StartsWith("  new failure:", StringComparison.Ordinal)) ? 1 : 0;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"anyvc: {e.Message}");
            return 2;
        }
    }
}
