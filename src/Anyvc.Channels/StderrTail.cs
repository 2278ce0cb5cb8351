using System.Text;

namespace Anyvc.Channels;

/// <summary>Drains a child's stderr on a thread and keeps its last lines for error messages.</summary>
internal sealed class StderrTail
{
    private const int MaxChars = 4000;
    private readonly StringBuilder tail = new();
    private readonly ManualResetEventSlim ended = new();
    private readonly bool forward;

    /// <summary>A tail for a server with no stderr of its own (in-process mode).</summary>
    public static StderrTail None { get; } = new();

    private StderrTail()
    {
        ended.Set();
    }

    public StderrTail(Stream stderr, string name, bool forward)
    {
        this.forward = forward;
        new Thread(() => Drain(stderr)) { IsBackground = true, Name = $"anyvc stderr: {name}" }.Start();
    }

    private void Drain(Stream stderr)
    {
        try
        {
            using var reader = new StreamReader(stderr, Encoding.UTF8);
            var buffer = new char[4096];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (forward)
                    Console.Error.Write(buffer, 0, read);
                lock (tail)
                {
                    tail.Append(buffer, 0, read);
                    if (tail.Length > MaxChars * 2)
                        tail.Remove(0, tail.Length - MaxChars);
                }
            }
        }
        catch (IOException)
        {
            // the pipe broke with the child
        }
        finally
        {
            ended.Set();
        }
    }

    /// <summary>Waits a little for the child's last words.</summary>
    public void WaitForEnd(TimeSpan timeout) => ended.Wait(timeout);

    /// <summary>The last lines of stderr, formatted for a message, or empty.</summary>
    public string Describe()
    {
        string text;
        lock (tail)
            text = tail.Length > MaxChars ? tail.ToString(tail.Length - MaxChars, MaxChars) : tail.ToString();
        text = text.TrimEnd();
        return text.Length == 0 ? "; its stderr was empty" : $"; the tail of its stderr:{Environment.NewLine}{text}";
    }
}
