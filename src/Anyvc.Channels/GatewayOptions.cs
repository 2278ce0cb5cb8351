namespace Anyvc.Channels;

/// <summary>How to start a child and talk to it. Immutable: copy with <c>with { ... }</c>.</summary>
/// <param name="Program">The child: a <c>.dll</c> (run with <c>dotnet exec</c>) or an executable.</param>
public sealed record GatewayOptions(string Program)
{
    /// <summary>Arguments after the program.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Environment of the child; null inherits the parent's. The harness passes a hermetic one.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Working directory of the child; null inherits.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>A command to wrap the child in, e.g. <c>["taskset", "-c", "0"]</c> for CPU placement in benchmarks.</summary>
    public IReadOnlyList<string> Wrapper { get; init; } = [];

    /// <summary>How long to wait for the child's hello. Default 20 s (a cold JIT start on a busy machine).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a call waits for its reply before the child is killed. Default 60 s; <c>ANYVC_CALL_TIMEOUT</c> (seconds) overrides.</summary>
    public TimeSpan CallTimeout { get; init; } = DefaultCallTimeout();

    /// <summary>How long a goodbye waits for the child to exit before it is killed. Default 2 s.</summary>
    public TimeSpan ExitTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where both ends log frames: <c>stderr</c> or a file path both processes append to; null for no trace.
    /// Defaults to the <c>ANYVC_TRACE</c> environment variable.
    /// </summary>
    public string? TraceTarget { get; init; } = System.Environment.GetEnvironmentVariable("ANYVC_TRACE") is { Length: > 0 } trace and not "0" ? trace : null;

    /// <summary>A readable name for messages, e.g. <c>git backend</c>. Defaults to the program's file name.</summary>
    public string? DisplayName { get; init; }

    private static TimeSpan DefaultCallTimeout() =>
        double.TryParse(System.Environment.GetEnvironmentVariable("ANYVC_CALL_TIMEOUT"), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(60);
}
