using System.Text;

namespace Anyvc.Backends.Hg.Protocol;

/// <summary>The last few KiB of a process's stderr, kept for the message when it dies. Thread-safe.</summary>
internal sealed class StderrTail
{
    private const int Limit = 8 << 10;
    private readonly StringBuilder text = new();

    /// <summary>Appends one line, dropping the oldest text beyond the limit.</summary>
    public void Add(string line)
    {
        lock (text)
        {
            text.Append(line).Append('\n');
            if (text.Length > Limit)
                text.Remove(0, text.Length - Limit);
        }
    }

    /// <summary>The kept text, trimmed.</summary>
    public string Text
    {
        get
        {
            lock (text)
                return text.ToString().Trim();
        }
    }
}
