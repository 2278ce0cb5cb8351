using System.Diagnostics;
using System.Text;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Native;

namespace Anyvc.Channels.Framing;

/// <summary>
/// A readable log of frames, turned on by <c>ANYVC_TRACE</c>: <c>stderr</c> (or <c>1</c>) logs to standard
/// error; any other value is a file that each process appends to.
/// </summary>
internal sealed class FrameTrace
{
    /// <summary>The environment variable that turns tracing on.</summary>
    public const string Variable = "ANYVC_TRACE";

    private readonly Stream output;
    private readonly string side;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private FrameTrace(Stream output, string side)
    {
        this.output = output;
        this.side = side;
    }

    /// <summary>The trace for this process if <c>ANYVC_TRACE</c> is set, else null.</summary>
    public static FrameTrace? FromEnvironment(string side) => Create(Environment.GetEnvironmentVariable(Variable), side);

    /// <summary>A trace to <paramref name="target"/> (<c>stderr</c>, <c>1</c> or a file path), or null when it is empty.</summary>
    public static FrameTrace? Create(string? target, string side)
    {
        if (string.IsNullOrEmpty(target) || target == "0")
            return null;
        var stream = target is "1" or "stderr"
            ? Console.OpenStandardError()
            : AppendOnlyFile.Open(target);
        return new FrameTrace(stream, $"{side}[{Environment.ProcessId}]");
    }

    /// <summary>Logs one frame; <paramref name="outgoing"/> says which way it went.</summary>
    public void Log(bool outgoing, FrameKind kind, uint channel, ReadOnlySpan<byte> payload)
    {
        var text = new StringBuilder();
        text.Append($"{clock.Elapsed.TotalMilliseconds,10:F3}ms {side} {(outgoing ? "send" : "recv")} {kind,-14} ch={channel} len={payload.Length}");
        if (kind == FrameKind.Data)
            text.Append(" (bytes)");
        else if (payload.Length > 0)
            text.Append(' ').Append(Describe(payload));
        // One write() per line: both processes append to the same file, and O_APPEND keeps whole writes apart.
        var line = Encoding.UTF8.GetBytes(text.Append('\n').ToString());
        lock (output)
            output.Write(line);
    }

    private static string Describe(ReadOnlySpan<byte> payload)
    {
        try
        {
            var text = Render(MsgPackValue.Decode(payload.ToArray()));
            return text.Length > 300 ? text[..300] + "…" : text;
        }
        catch (ProtocolViolationException)
        {
            return "<invalid MessagePack>";
        }
    }

    private static string Render(object? value) => value switch
    {
        null => "nil",
        string s => "\"" + s + "\"",
        byte[] b => $"<{b.Length} bytes>",
        object?[] a => "[" + string.Join(", ", a.Select(Render)) + "]",
        Dictionary<string, object?> m => "{" + string.Join(", ", m.Select(kv => kv.Key + ": " + Render(kv.Value))) + "}",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
