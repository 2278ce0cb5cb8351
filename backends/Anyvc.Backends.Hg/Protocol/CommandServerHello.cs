using System.Text;

namespace Anyvc.Backends.Hg.Protocol;

/// <summary>The command server's first frame: what it can do, how it encodes text and its pid.</summary>
/// <param name="Capabilities">Server commands it accepts, e.g. <c>runcommand</c>.</param>
/// <param name="Encoding">The encoding of command output and of the arguments it expects.</param>
/// <param name="Pid">The server's process id, or 0 when it did not say.</param>
internal sealed record CommandServerHello(IReadOnlySet<string> Capabilities, Encoding Encoding, int Pid)
{
    /// <summary>Parses <c>key: value</c> lines; unknown keys are ignored (newer servers add fields).</summary>
    /// <exception cref="HgProtocolException">The hello lacks <c>runcommand</c>.</exception>
    public static CommandServerHello Parse(ReadOnlySpan<byte> data)
    {
        var capabilities = new HashSet<string>(StringComparer.Ordinal);
        var encoding = System.Text.Encoding.UTF8;
        var pid = 0;
        // The hello itself is ASCII; Latin-1 maps every byte so a stray one cannot throw.
        foreach (var line in System.Text.Encoding.Latin1.GetString(data).Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon < 0)
                continue;
            var value = line[(colon + 1)..].Trim();
            switch (line[..colon])
            {
                case "capabilities":
                    capabilities.UnionWith(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "encoding":
                    encoding = EncodingNamed(value);
                    break;
                case "pid":
                    _ = int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out pid);
                    break;
            }
        }
        if (!capabilities.Contains("runcommand"))
            throw new HgProtocolException($"the hg command server does not offer runcommand (hello: '{System.Text.Encoding.Latin1.GetString(data)}')");
        return new CommandServerHello(capabilities, encoding, pid);
    }

    private static Encoding EncodingNamed(string name)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // We ask for HGENCODING=UTF-8; an encoding .NET lacks (no code-page provider) can only come from elsewhere.
            return System.Text.Encoding.UTF8;
        }
    }
}
