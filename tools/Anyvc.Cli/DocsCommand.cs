using Anyvc.TestSupport;
using Anyvc.Wire;

namespace Anyvc.Cli;

/// <summary>Rewrites the generated tables of <c>docs/protocol.md</c> from the command registry and the error table.</summary>
internal static class DocsCommand
{
    public static int Run()
    {
        var page = Path.Combine(BuildLayout.RepositoryRoot, "docs", "protocol.md");
        var before = File.ReadAllText(page);
        var after = ProtocolTable.Rewrite(before);
        if (after == before)
        {
            Console.WriteLine($"{page} is up to date");
            return 0;
        }
        File.WriteAllText(page, after);
        Console.WriteLine($"rewrote the command and error tables of {page}");
        return 0;
    }
}
