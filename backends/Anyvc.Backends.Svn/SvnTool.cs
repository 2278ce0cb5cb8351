using Anyvc.Channels.Processes;

namespace Anyvc.Backends.Svn;

/// <summary>
/// The one door to the Subversion programs: every svn, svnmucc, svnadmin and svnlook call goes through
/// <see cref="Run"/> and the host's <see cref="ToolRunner"/>, with an argument list (never a shell), bytes in and
/// out, and failures mapped to Anyvc's errors.
/// </summary>
internal sealed class SvnTool
{
    /// <summary>English messages (the error mapping reads them) and UTF-8 as the native encoding of paths and messages.</summary>
    private static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?>
    {
        ["LC_ALL"] = "C.UTF-8",
        ["LANGUAGE"] = null,
    };

    private long spawned;

    /// <summary>Uses <paramref name="configDirectory"/> as svn's whole configuration.</summary>
    public SvnTool(string configDirectory)
    {
        ConfigDirectory = configDirectory;
        Trace = System.Environment.GetEnvironmentVariable("ANYVC_SVN_TRACE") is "1" or "true";
    }

    /// <summary>The hermetic configuration directory passed to every svn and svnmucc call.</summary>
    public string ConfigDirectory { get; }

    /// <summary>How many processes this runner has started (the cost figure behind "processes per commit").</summary>
    public long Spawned => Interlocked.Read(ref spawned);

    /// <summary>When set (ANYVC_SVN_TRACE=1), every command line is written to stderr, which the harness logs.</summary>
    private bool Trace { get; }

    /// <summary>Runs <c>svn</c> with the hermetic options first.</summary>
    public byte[] Svn(params IEnumerable<string> arguments) => Run("svn", [.. ClientOptions(), .. arguments]);

    /// <summary>Runs <c>svnmucc</c> with the hermetic options first and <paramref name="input"/> on its stdin.</summary>
    public byte[] Mucc(IEnumerable<string> arguments, byte[]? input) => Run("svnmucc", [.. ClientOptions(), .. arguments], input);

    /// <summary>Runs <c>svnadmin</c> (it reads no client configuration).</summary>
    public byte[] Admin(params IEnumerable<string> arguments) => Run("svnadmin", [.. arguments]);

    /// <summary>Runs <paramref name="program"/>; returns its stdout.</summary>
    /// <exception cref="NotFoundException">The tool reported a missing revision or path.</exception>
    /// <exception cref="AnyvcException">The tool could not be started, failed or hung.</exception>
    public byte[] Run(string program, IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var command = new ToolCommand(program, arguments) { Environment = Environment, Input = input };
        if (Trace)
            Console.Error.WriteLine($"anyvc-svn: {command}");
        ToolResult result;
        try
        {
            result = ToolRunner.Run(command);
        }
        catch (ToolException e)
        {
            throw new AnyvcException($"svn backend: {e.Message}", e);
        }
        finally
        {
            Interlocked.Increment(ref spawned);
        }
        if (result.ExitCode != 0)
            throw SvnErrors.From(command.ToString(), result.ExitCode, result.Error);
        return result.Output;
    }

    /// <summary>Options every svn and svnmucc call gets: never prompt, never read or write ~/.subversion.</summary>
    private string[] ClientOptions() => ["--non-interactive", "--no-auth-cache", "--config-dir", ConfigDirectory];
}
