using Anyvc.Channels.Processes;

namespace Anyvc.Backends.Svn;

/// <summary>
/// The one door to the Subversion programs: every svn, svnadmin and svnlook call goes through
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

    /// <summary>The hermetic configuration directory passed to every svn call.</summary>
    public string ConfigDirectory { get; }

    /// <summary>How many processes this runner has started (the cost figure behind "processes per commit").</summary>
    public long Spawned => Interlocked.Read(ref spawned);

    /// <summary>When set (ANYVC_SVN_TRACE=1), every command line is written to stderr, which the harness logs.</summary>
    private bool Trace { get; }

    /// <summary>Runs <c>svn</c> with the hermetic options first.</summary>
    public byte[] Svn(params IEnumerable<string> arguments) => Run("svn", [.. ClientOptions(), .. arguments]);

    /// <summary>Runs <c>svnadmin</c> (it reads no client configuration).</summary>
    public byte[] Admin(params IEnumerable<string> arguments) => Run("svnadmin", [.. arguments]);

    /// <summary>
    /// Loads the dump stream <paramref name="writeDump"/> writes into the repository in <paramref name="directory"/>.
    /// </summary>
    public void Load(string directory, Action<Stream> writeDump) =>
        RunCommand(new ToolCommand("svnadmin", ["load", "--quiet", directory]) { Environment = Environment, WriteInput = writeDump });

    /// <summary>Runs <paramref name="program"/>; returns its stdout.</summary>
    /// <exception cref="NotFoundException">The tool reported a missing revision or path.</exception>
    /// <exception cref="AnyvcException">The tool could not be started, failed or hung.</exception>
    public byte[] Run(string program, IReadOnlyList<string> arguments, byte[]? input = null) =>
        RunCommand(new ToolCommand(program, arguments) { Environment = Environment, Input = input });

    private byte[] RunCommand(ToolCommand command)
    {
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

    /// <summary>Options every svn call gets: never prompt, never read or write ~/.subversion.</summary>
    private string[] ClientOptions() => ["--non-interactive", "--no-auth-cache", "--config-dir", ConfigDirectory];
}
