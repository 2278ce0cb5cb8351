namespace Anyvc.Cli;

/// <summary>The arguments of <c>anyvc fixtures</c>: a verb, then <c>--backend</c> and <c>--history</c> lists.</summary>
internal sealed record FixtureOptions(string Verb, string? Backends, IReadOnlyList<string>? Histories)
{
    private static readonly string[] Verbs = ["build", "verify", "list", "clean"];

    /// <summary>The options, or null when the arguments are not understood.</summary>
    public static FixtureOptions? Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
            return null;
        string? backends = null;
        IReadOnlyList<string>? histories = null;
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
                return null;
            switch (args[i])
            {
                case "--backend":
                    backends = args[i + 1];
                    break;
                case "--history":
                    histories = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                default:
                    return null;
            }
        }
        return new FixtureOptions(args[0], backends, histories);
    }
}
