namespace Anyvc.Cli;

/// <summary>
/// <c>anyvc compare [--same-outcomes] previous.json current.json</c>: what changed between two runs' <c>matrix.json</c>;
/// exit 1 on a new failure, or with <c>--same-outcomes</c> on any change of any cell's outcome (times aside), which is
/// how the hostile-environment job proves its matrix identical to the clean one.
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] arguments)
    {
        var same = arguments.Contains("--same-outcomes");
        var files = arguments.Where(a => a != "--same-outcomes").ToArray();
        if (files.Length != 2)
        {
            Console.Error.WriteLine("usage: anyvc compare [--same-outcomes] <previous matrix.json> <current matrix.json>");
            return 2;
        }
        return Run(files[0], files[1], same);
    }

    private static int Run(string previous, string current, bool sameOutcomes)
    {
        try
        {
            var lines = MatrixComparison.Compare(MatrixJson.Read(previous), MatrixJson.Read(current), previous);
            foreach (var line in lines)
                Console.WriteLine(line);
            string[] outcomeChanges = sameOutcomes ? ["  new failure:", "  fixed:", "  new:", "  gone:", "  changed:"] : ["  new failure:"];
            return lines.Any(l => outcomeChanges.Any(prefix => l.StartsWith(prefix, StringComparison.Ordinal))) ? 1 : 0;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"anyvc: {e.Message}");
            return 2;
        }
    }
}
