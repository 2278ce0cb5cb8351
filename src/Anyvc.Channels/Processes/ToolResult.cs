using System.Text;

namespace Anyvc.Channels.Processes;

/// <summary>What a finished tool run produced.</summary>
/// <param name="Command">The command that ran.</param>
/// <param name="ExitCode">Its exit code (0 = success).</param>
/// <param name="Output">Everything it wrote to stdout, unchanged.</param>
/// <param name="Error">Everything it wrote to stderr, decoded as UTF-8.</param>
public sealed record ToolResult(ToolCommand Command, int ExitCode, byte[] Output, string Error)
{
    /// <summary>Stdout decoded as UTF-8.</summary>
    public string OutputText => Encoding.UTF8.GetString(Output);

    /// <summary>This result, or a <see cref="ToolException"/> naming the command, exit code and stderr when it failed.</summary>
    public ToolResult EnsureSuccess() => ExitCode == 0 ? this : throw new ToolException(
        $"'{Command}' failed with exit code {ExitCode}{(Error.Trim() is { Length: > 0 } text ? ": " + Tail(text) : "")}");

    /// <summary>The last 4000 characters of <paramref name="text"/>: where a tool says what went wrong.</summary>
    public static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
