using System.Text;

namespace Anyvc.Channels.Processes;

/// <summary>Drains a process's stderr on a thread of its own and keeps the last few KiB for error messages.</summary>
public sealed class StderrTail
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

    /// <summary>Starts draining <paramref name="stderr"/>; <paramref name="forward"/> also copies it to this process's stderr.</summary>
    public StderrTail(Stream stderr, string name, bool forward = false)
    {
        this.forward = forward;
        new Thread(() => Drain(stderr)) { IsBackground = true, Name = $"anyvc stderr: {name}" }.Start();
    }

    /// <summary>The last few KiB of stderr, trimmed.</summary>
    public string Text
    {
        get
        {
            lock (tail)
                return (tail.Length > MaxChars ? tail.ToString(tail.Length - MaxChars, MaxChars) : tail.ToString()).Trim();
        }
    }

    /// <summary>Waits a little for the process's last words (its stderr closing).</summary>
    public void WaitForEnd(TimeSpan timeout) => ended.Wait(timeout);

    /// <summary>The tail formatted for the end of a message: <c>; the tail of its stderr: ...</c>, or that it was empty.</summary>
    public string Describe() => Text is { Length: > 0 } text
        ? $"; the tail of its stderr:{Environment.NewLine}{text}"
        : "; its stderr was empty";

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
            // the pipe broke with the process
        }
        catch (ObjectDisposedException)
        {
            // the owner disposed the process while we read
        }
        finally
        {
            ended.Set();
        }
    }
}
