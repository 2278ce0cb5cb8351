using System.ComponentModel;
using System.Diagnostics;

namespace Anyvc.Channels.Processes;

/// <summary>
/// The one place that starts tool processes (the gateway starts backend children through
/// <see cref="ProcessSpawner"/>): program lookup, argument lists, stdio always redirected and disposed, deadlines
/// that kill the whole process tree. <see cref="Run"/> runs a tool to its end; <see cref="Start"/> keeps one running
/// (a command server).
/// </summary>
public static class ToolRunner
{
    /// <summary>Runs <paramref name="command"/> to its end. A non-zero exit code is a result, not an error.</summary>
    /// <exception cref="ToolException">The program could not be started, or it outlived its deadline and was killed.</exception>
    public static ToolResult Run(ToolCommand command)
    {
        var deadline = DateTime.UtcNow + command.Timeout;
        using var process = Launch(command);
        using var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        try
        {
            if (command.Input is { } input)
                process.StandardInput.BaseStream.Write(input);
            command.WriteInput?.Invoke(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the tool exited without reading all of its input: its exit code and stderr say why
        }
        // Its output ends when every process holding the pipes is gone: a daemon it started could keep them open.
        if (!process.WaitForExit(command.Timeout) || !OutputEnded(copyOut, readErr, deadline))
        {
            Kill(process);
            throw new ToolException($"'{command}' did not finish within {command.Timeout.TotalSeconds:0.###} s (or something it started kept its output open) and was killed");
        }
        var error = readErr.Result;
        process.StandardOutput.Dispose();
        process.StandardError.Dispose();
        return new ToolResult(command, process.ExitCode, stdout.ToArray(), error);
    }

    /// <summary>Starts <paramref name="command"/> and leaves it running with its stdin and stdout open to the caller.</summary>
    /// <exception cref="ToolException">The program could not be started.</exception>
    public static RunningTool Start(ToolCommand command) => new(Launch(command), command);

    private static bool OutputEnded(Task copyOut, Task<string> readErr, DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        try
        {
            return Task.WaitAll([copyOut, readErr], left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
        catch (AggregateException e)
        {
            throw new ToolException($"reading the output of a tool failed: {e.InnerException?.Message}", e.InnerException);
        }
    }

    internal static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // it already exited
        }
    }

    private static Process Launch(ToolCommand command)
    {
        var program = ProgramSearch.Find(command.Program)
            ?? throw new ToolException($"'{command.Program}' was not found on PATH (needed for '{command}')");
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.WorkingDirectory ?? "",
        };
        foreach (var argument in command.Arguments)
            start.ArgumentList.Add(argument);
        if (command.ClearEnvironment)
            start.Environment.Clear();
        foreach (var (name, value) in command.Environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        try
        {
#pragma warning disable RS0030 // the runner is the one place allowed to start tools
            return Process.Start(start) ?? throw new ToolException($"'{command}' did not start");
#pragma warning restore RS0030
        }
        catch (Win32Exception e)
        {
            throw new ToolException($"'{command}' could not be started: {e.Message}", e);
        }
    }
}
