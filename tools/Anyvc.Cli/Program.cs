using Anyvc.Cli;

// anyvc backends | check [--output dir] [dotnet test args] | summary <results dir> | docs | fixtures build|verify|list|clean
return args.FirstOrDefault() switch
{
    "backends" => BackendsCommand.Run(),
    "check" => CheckCommand.Run(args[1..]),
    "summary" when args.Length == 2 => SummaryCommand.Run(args[1]),
    "docs" => DocsCommand.Run(),
    "fixtures" => FixturesCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: anyvc backends | check [--output dir] [extra dotnet test arguments] | summary <directory of .trx files> | docs | " + FixturesCommand.Usage);
    return 2;
}
