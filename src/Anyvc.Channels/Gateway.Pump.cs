using Anyvc.Channels.Errors;

namespace Anyvc.Channels;

/// <summary>The gateway's flusher and watchdog threads, and the report of a dead child.</summary>
public sealed partial class Gateway
{
    private void OnConnectionLost(Exception cause)
    {
        var report = Volatile.Read(ref disposed) == 1 && cause is EndOfStreamException
            ? $"{DisplayName} (pid {ProcessId}) was closed by this process"
            : DescribeDeath(cause);
        var failure = cause is ProtocolViolationException violation
            ? new ProtocolViolationException(report, violation)
            : (Exception)new GatewayClosedException(report, cause is EndOfStreamException ? null : cause);
        if (!helloReceived.IsSet)
        {
            helloFailure = failure;
            helloReceived.Set();
        }
        connection.Fail(failure);
        accepted.CompleteAdding();
    }

    private string DescribeDeath(Exception cause)
    {
        var what = cause switch
        {
            EndOfStreamException { InnerException: null } when cause.Message.Contains("inside a frame", StringComparison.Ordinal) => $"closed the connection ({cause.Message})",
            EndOfStreamException => "closed the connection",
            ProtocolViolationException => $"broke the protocol ({cause.Message})",
            _ => $"failed ({cause.GetType().Name}: {cause.Message})",
        };
        var status = "";
        if (process is not null)
        {
            if (process.WaitForExit(1000))
            {
                status = DescribeExit(process.ExitCode);
                stderr.WaitForEnd(TimeSpan.FromMilliseconds(500));
            }
            else
            {
                status = "and is still running";
            }
        }
        var why = killReason is null ? "" : $" (killed by this process: {killReason})";
        return $"{DisplayName} (pid {ProcessId}) {what} {status}{why}{stderr.Describe()}".Replace("  ", " ");
    }

    private static string DescribeExit(int code)
    {
        // .NET reports a child killed by signal N as exit code 128 + N.
        if (code > 128 && code < 128 + 32)
        {
            var signal = code - 128;
            var name = signal switch { 9 => "SIGKILL", 15 => "SIGTERM", 6 => "SIGABRT", 11 => "SIGSEGV", 2 => "SIGINT", 1 => "SIGHUP", _ => $"signal {signal}" };
            return $"and was killed by signal {signal} ({name})";
        }
        return $"and exited with code {code}";
    }

    /// <summary>Flushes posted frames when signalled (this thread rather than a Timer: no thread-pool work on the way).</summary>
    private void FlushLoop()
    {
        while (true)
        {
            flushSignal.Wait();
            if (Volatile.Read(ref disposed) == 1 || connection.Failure is not null)
                return;
            try
            {
                connection.Flush();
            }
            catch (GatewayClosedException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Kills a child that stopped reading: a write blocked on the full pipe for longer than the call timeout would hang
    /// its writer forever. A thread of its own, because the writer holds the write lock the flusher would wait for.
    /// </summary>
    private void WatchLoop()
    {
        while (!stopped.Wait(watchPeriod))
        {
            if (connection.BlockedWriteTime > Options.CallTimeout)
                Kill($"a write to it was blocked for more than {Options.CallTimeout.TotalSeconds:0.###} s: it stopped reading its input");
        }
    }
}
