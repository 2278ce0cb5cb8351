using Anyvc.Fixtures;
using Anyvc.TestSupport;

namespace Anyvc.Cli;

/// <summary>
/// <c>anyvc expectations</c>: the tests each selected backend expects to fail, with kind, reference or reason and
/// expiry; exit 1 when a file is malformed or names a test the suite does not have.
/// </summary>
internal static class ExpectationsCommand
{
    public static int Run()
    {
        try
        {
            var backends = BackendCatalog.Selected;
            var problems = ExpectationCheck.Problems(backends, SuiteUnits.Tests(BuildLayout.ProgramPath("Anyvc.Conformance")));
            foreach (var line in problems)
                Console.Error.WriteLine($"anyvc expectations: {line}");
            if (problems.Count > 0)
                return 1;
            foreach (var line in ExpectationCheck.Describe(backends, DateOnly.FromDateTime(DateTime.UtcNow)))
                Console.WriteLine(line);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"anyvc expectations: {e.Message}");
            return 2;
        }
    }
}
