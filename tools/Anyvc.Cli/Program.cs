using Anyvc.Cli;

// anyvc backends | check [dotnet test args] | summary <results dir>
return args.FirstOrDefault() switch
{
    "backends" => BackendsCommand.Run(),
    "check" => CheckCommand.Run(args[1..]),
    "summary" when args.Length == 2 => SummaryCommand.Run(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: anyvc backends | check [extra dotnet test arguments] | summary <directory of .trx files>");
    return 2;
}
