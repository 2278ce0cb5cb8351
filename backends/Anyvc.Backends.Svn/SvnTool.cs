using System.Diagnostics;
using System.Text;

namespace Anyvc.Backends.Svn;

/// <summary>
/// The one door to the Subversion programs: every svn, svnmucc, svnadmin and svnlook call goes through
/// <see cref="Run"/>, with an argument list (never a shell), bytes in and out, and failures mapped to Anyvc's errors.
/// </summary>
internal sealed class SvnTool
{
    /// <summary>Generous: a call that takes longer than this is stuck, not slow.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private long spawned;

    /// <summary>Uses <paramref name="configDirectory"/> as svn's whole configuration.</summary>
    public SvnTool(string configDirectory)
    {
        ConfigDirectory = configDirectory;
        Trace = Environment.GetEnvironmentVariable("ANYVC_SVN_TRACE") is "1" or "true";
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
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // English messages (the error mapping reads them) and UTF-8 as the native encoding of paths and messages.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment.Remove("LANGUAGE");

        if (Trace)
            Console.Error.WriteLine($"anyvc-svn: {CommandLine(program, arguments)}");
        using var process = StartProcess(start, program, arguments);
        Interlocked.Increment(ref spawned);
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
                process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the tool exited without reading all of its input: its exit code and stderr say why
        }
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new AnyvcException($"svn backend: '{CommandLine(program, arguments)}' did not finish within {Timeout.TotalMinutes} minutes and was killed");
        }
        copyOut.GetAwaiter().GetResult();
        var stderr = readErr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw SvnErrors.From(CommandLine(program, arguments), process.ExitCode, stderr);
        return stdout.ToArray();
    }

    /// <summary>Options every svn and svnmucc call gets: never prompt, never read or write ~/.subversion.</summary>
    private string[] ClientOptions() => ["--non-interactive", "--no-auth-cache", "--config-dir", ConfigDirectory];

    private static Process StartProcess(ProcessStartInfo start, string program, IReadOnlyList<string> arguments)
    {
        try
        {
            return Process.Start(start) ?? throw new AnyvcException($"svn backend: could not start '{CommandLine(program, arguments)}'");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AnyvcException($"svn backend: could not start '{CommandLine(program, arguments)}': {e.Message}", e);
        }
    }

    /// <summary>The command line as a reader would type it (for messages only; nothing is ever run through a shell).</summary>
    internal static string CommandLine(string program, IEnumerable<string> arguments)
    {
        var text = new StringBuilder(program);
        foreach (var argument in arguments)
        {
            text.Append(' ');
            var plain = argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c));
            text.Append(plain ? argument : "'" + argument.Replace("'", "'\\''") + "'");
        }
        return text.ToString();
    }
}
