using System.Diagnostics;
using Anyvc.Channels.Errors;
using Anyvc.Fixtures;
using Anyvc.Fixtures.Histories;

namespace Anyvc.Cli;

/// <summary>
/// <c>anyvc fixtures build|verify|list|clean [--backend a,b] [--history x,y]</c>: the cache of declared-history
/// templates (<see cref="HistoryTemplates"/>), in <c>ANYVC_FIXTURE_CACHE</c> or <c>~/.cache/anyvc/histories</c>.
/// </summary>
internal static class FixturesCommand
{
    public const string Usage = "fixtures build|verify|list|clean [--backend a,b] [--history x,y]";

    public static int Run(string[] args)
    {
        var options = FixtureOptions.Parse(args);
        if (options is null)
            return Fail($"usage: anyvc {Usage}");
        if (HistoryTemplates.FromEnvironment() is not { } cache)
            return Fail($"{HistoryTemplates.CacheVariable}=off: there is no cache to work on");
        try
        {
            return options.Verb switch
            {
                "list" => List(cache),
                "clean" => Clean(cache, options),
                _ => EachTemplate(cache, options),
            };
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException or HistoryFormatException)
        {
            return Fail(e.Message);
        }
        finally
        {
            ChildPools.DisposeAll();
            RunDirectory.RemoveIfEmpty();
        }
    }

    private static int EachTemplate(HistoryTemplates cache, FixtureOptions options)
    {
        var failures = 0;
        foreach (var backend in BackendCatalog.Select(options.Backends))
        {
            using var lease = ChildPools.For(backend).Rent();
            var info = lease.Connection.Info;
            if (!info.IsAvailable || !info.Supports(Feature.CopyableDirectories))
            {
                Console.WriteLine($"{backend.Name}: no templates: {info.UnavailableReason ?? info.Limits.GetValueOrDefault(Feature.CopyableDirectories, "its repositories cannot be copied")}");
                continue;
            }
            foreach (var history in options.Histories ?? HistoryFiles.Names)
            {
                var inputs = TemplateInputs.For(HistoryFiles.Find(history), backend);
                var clock = Stopwatch.StartNew();
                try
                {
                    var outcome = options.Verb == "build" ? Build(cache, lease.Connection, inputs) : TemplateCheck.Verify(cache, lease.Connection, inputs);
                    failures += outcome.StartsWith("STALE", StringComparison.Ordinal) ? 1 : 0;
                    Console.WriteLine($"{backend.Name} {history} {outcome} ({clock.ElapsedMilliseconds} ms)");
                }
                catch (Exception e) when (e is AnyvcException or ChannelException or TimeoutException or IOException)
                {
                    failures++;
                    Console.WriteLine($"{backend.Name} {history} FAILED: {e.Message}");
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static string Build(HistoryTemplates cache, BackendConnection connection, TemplateInputs inputs)
    {
        var template = cache.Obtain(connection, inputs);
        return $"{(template.Built ? "built" : "cached")} {template.Directory}";
    }

    private static int List(HistoryTemplates cache)
    {
        var templates = cache.List();
        foreach (var (directory, bytes) in templates)
            Console.WriteLine($"{bytes / 1024.0,10:0.0} KiB  {Path.GetRelativePath(cache.Root, directory)}");
        Console.WriteLine($"{templates.Count} templates, {templates.Sum(t => t.Bytes) / 1024.0:0.0} KiB in {cache.Root}");
        return 0;
    }

    private static int Clean(HistoryTemplates cache, FixtureOptions options)
    {
        var backends = options.Backends is null ? [null] : BackendCatalog.Select(options.Backends).Select(b => b.Name).ToArray<string?>();
        var freed = backends.Sum(cache.Clean);
        Console.WriteLine($"removed {freed / 1024.0:0.0} KiB from {cache.Root}");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"anyvc: {message}");
        return 2;
    }
}
