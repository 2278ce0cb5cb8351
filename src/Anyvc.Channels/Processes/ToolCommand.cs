namespace Anyvc.Channels.Processes;

/// <summary>One run of a command-line tool: an argument list (never a shell), its environment, input and deadline.</summary>
/// <param name="Program">A program name looked up on PATH, or a path.</param>
/// <param name="Arguments">The arguments, passed as they are.</param>
public sealed record ToolCommand(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables set on top of the inherited environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>When true, the child sees only <see cref="Environment"/>, nothing inherited.</summary>
    public bool ClearEnvironment { get; init; }

    /// <summary>The working directory; null inherits this process's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Bytes written to the tool's stdin before it is closed; null closes stdin at once.</summary>
    public byte[]? Input { get; init; }

    /// <summary>Writes the tool's stdin as a stream (large input, no copy in memory); runs after <see cref="Input"/>.</summary>
    public Action<Stream>? WriteInput { get; init; }

    /// <summary>How long a run may take before the tool (and its own children) is killed. Default 5 minutes: stuck, not slow.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The command line for messages, quoted as a shell would need it.</summary>
    public override string ToString() => CommandLineText.Describe(Program, Arguments);
}
