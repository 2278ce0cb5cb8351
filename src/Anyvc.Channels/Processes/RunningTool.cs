using System.Diagnostics;

namespace Anyvc.Channels.Processes;

/// <summary>
/// A tool left running by <see cref="ToolRunner.Start"/>: its stdin and stdout belong to the caller, its stderr is
/// drained into <see cref="Errors"/>. Disposing closes stdin (the usual goodbye), waits briefly, then kills the
/// process tree and reaps it.
/// </summary>
public sealed class RunningTool : IDisposable
{
    private readonly Process process;
    private int disposed;

    internal RunningTool(Process process, ToolCommand command)
    {
        this.process = process;
        Command = command;
        Input = process.StandardInput.BaseStream;
        Output = process.StandardOutput.BaseStream;
        Errors = new StderrTail(process.StandardError.BaseStream, Path.GetFileName(command.Program));
    }

    /// <summary>The command that started it.</summary>
    public ToolCommand Command { get; }

    /// <summary>The tool's stdin.</summary>
    public Stream Input { get; }

    /// <summary>The tool's stdout.</summary>
    public Stream Output { get; }

    /// <summary>The tail of what the tool wrote to stderr.</summary>
    public StderrTail Errors { get; }

    /// <summary>The tool's process id.</summary>
    public int ProcessId => process.Id;

    /// <summary>Waits up to <paramref name="timeout"/> for the tool to exit; its exit code, or null while it still runs.</summary>
    public int? WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
            return null;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Kills the tool and every process it started; with <paramref name="entireProcessTree"/> false, the tool only.</summary>
    public void Kill(bool entireProcessTree = true)
    {
        if (entireProcessTree)
            ToolRunner.Kill(process);
        else
            process.Kill(entireProcessTree: false);
    }

    /// <summary>Closes stdin, gives the tool <paramref name="grace"/> to exit by itself, then kills and reaps it.</summary>
    public void Stop(TimeSpan grace)
    {
        try
        {
            Input.Dispose();
        }
        catch (IOException)
        {
            // broken pipe: it is gone already
        }
        if (WaitForExit(grace) is null)
            Kill();
        Errors.WaitForEnd(TimeSpan.FromMilliseconds(200));
    }

    /// <summary>Stops the tool (200 ms of grace) and releases its pipes.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        Stop(TimeSpan.FromMilliseconds(200));
        Output.Dispose();
        process.Dispose();
    }
}
