using System.Text;

namespace Anyvc.Channels.Processes;

/// <summary>A command line as a person would type it in a POSIX shell: for messages only, nothing is ever run through a shell.</summary>
public static class CommandLineText
{
    /// <summary>Longer arguments are cut: a 1 MiB commit message must not fill an error message.</summary>
    private const int MaxArgument = 200;

    /// <summary>Formats <paramref name="program"/> and <paramref name="arguments"/>, quoting what needs it.</summary>
    public static string Describe(string program, IEnumerable<string> arguments)
    {
        var text = new StringBuilder(Quote(program));
        foreach (var argument in arguments)
            text.Append(' ').Append(Quote(argument.Length > MaxArgument ? argument[..MaxArgument] + "…" : argument));
        return text.ToString();
    }

    private static string Quote(string argument)
    {
        var plain = argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c));
        return plain ? argument : "'" + argument.Replace("'", "'\\''").Replace("\0", "\\0") + "'";
    }
}
