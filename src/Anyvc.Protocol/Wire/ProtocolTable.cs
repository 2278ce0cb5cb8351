using System.Text;
using Anyvc.Channels.Commands;

namespace Anyvc.Wire;

/// <summary>
/// The protocol page's tables, rendered from the registries themselves: <c>docs/protocol.md</c> holds this text
/// between its <see cref="Begin"/> and <see cref="End"/> markers, a test checks it, and <c>./build.sh docs</c>
/// rewrites it.
/// </summary>
public static class ProtocolTable
{
    /// <summary>The line before the generated text.</summary>
    public const string Begin = "<!-- generated from RepositoryProtocol and ErrorTable: ./build.sh docs -->";

    /// <summary>The line after the generated text.</summary>
    public const string End = "<!-- end of generated text -->";

    /// <summary>The command table and the error-code table, as Markdown.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| command | mode | target | creates | arguments | result | timeout | what it does |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var command in BuiltinCommands.All.Concat(RepositoryProtocol.All))
            text.AppendLine($"| `{command.Name}` | {Mode(command)} | {command.Target} | {command.Creates} | `{command.ArgumentShape}` | {Shape(command.ResultShape)} | {Timeout(command)} | {command.Summary} |");
        text.AppendLine();
        text.AppendLine("| error code | raised on the client as |");
        text.AppendLine("|---|---|");
        foreach (var (code, type) in ErrorTable.Codes)
            text.AppendLine($"| `{code}` | `{type.Name}` |");
        text.AppendLine("| `error` (any other) | `AnyvcException` |");
        return text.ToString();
    }

    /// <summary><paramref name="page"/> with its generated block replaced by <see cref="Markdown"/>.</summary>
    /// <exception cref="ArgumentException">The page lacks the markers.</exception>
    public static string Rewrite(string page)
    {
        var (start, end) = Block(page);
        return page[..start] + Markdown() + page[end..];
    }

    /// <summary>The generated block of <paramref name="page"/> as it stands.</summary>
    /// <exception cref="ArgumentException">The page lacks the markers.</exception>
    public static string Current(string page)
    {
        var (start, end) = Block(page);
        return page[start..end];
    }

    private static (int Start, int End) Block(string page)
    {
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
            throw new ArgumentException($"the page has no '{Begin}' ... '{End}' block");
        return (begin + Begin.Length + 1, end);
    }

    private static string Mode(CommandDescriptor command) => command.Mode == CommandMode.Posted ? "posted" : "call";

    private static string Shape(string shape) => shape == "-" ? "-" : $"`{shape}`";

    private static string Timeout(CommandDescriptor command) => command.Mode == CommandMode.Posted ? "-" : command.Timeout.ToString().ToLowerInvariant();
}
