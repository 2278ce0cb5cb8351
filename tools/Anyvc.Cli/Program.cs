using Anyvc.Cli;
using Anyvc.TestSupport;

// anyvc [--repo DIR] backends | check [--output dir] [--compare previous.json] [--repeat N] [--shard K/N] [dotnet test args] | compare a.json b.json | merge out a.json b.json | summary <results dir> | docs | expectations | fixtures build|verify|list|clean
if (args is ["--repo", var repository, ..])
{
    // the installed tool works on this clone (the test processes it starts find their own build anyway)
    Environment.SetEnvironmentVariable(BuildLayout.RepositoryVariable, Path.GetFullPath(repository));
    args = args[2..];
}

try
{
    return args.FirstOrDefault() switch
    {
        "backends" => BackendsCommand.Run(),
        "check" => CheckCommand.Run(args[1..]),
        "summary" when args.Length == 2 => SummaryCommand.Run(args[1]),
        "docs" => DocsCommand.Run(),
        "expectations" when args.Length == 1 => ExpectationsCommand.Run(),
        "fixtures" => FixturesCommand.Run(args[1..]),
        "compare" => CompareCommand.Run(args[1..]),
        "merge" when args.Length >= 3 => MergeCommand.Run(args[1], args[2..]),
        "shards" when args.Length is 2 or 4 => CheckCommand.PrintShards(args[1..]),
        _ => Usage(),
    };
}
catch (DirectoryNotFoundException e) when (e.Message.Contains(BuildLayout.RepositoryVariable, StringComparison.Ordinal))
{
    // no clone to work on (compare and summary need none, so this is only known once a command asks for one)
    Console.Error.WriteLine($"anyvc: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: anyvc [--repo DIR] backends | check [--output dir] [extra dotnet test arguments] | summary <directory of .trx files> | docs | expectations | compare [--same-outcomes] <previous matrix.json> <current matrix.json> | merge <output dir> <matrix.json>... | shards N [--timings file] | " + FixturesCommand.Usage);
    return 2;
}
