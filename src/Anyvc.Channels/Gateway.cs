using System.Collections.Concurrent;
using System.Diagnostics;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Native;
using Anyvc.Channels.Processes;

namespace Anyvc.Channels;

/// <summary>
/// The parent's end of a connection to one child (or to an in-process server): the handshake, the channels
/// multiplexed over the pipe pair, and bounded termination (goodbye → wait → kill → reap).
/// </summary>
public sealed partial class Gateway : IDisposable
{
    private readonly Connection connection;
    private readonly Process? process;
    private readonly Thread? serverThread;
    private readonly StderrTail stderr;
    private readonly SemaphoreSlim flushSignal = new(0);
    private readonly BlockingCollection<Channel> accepted = new();
    private readonly ManualResetEventSlim helloReceived = new();
    private readonly ManualResetEventSlim readerDone = new();
    private readonly ManualResetEventSlim stopped = new();
    private Hello? peerHello;
    private Exception? helloFailure;
    private readonly TimeSpan watchPeriod;
    private readonly PipeReadiness readiness;
    private readonly Stream[] inProcessPipes;
    private int disposed;

    /// <summary>The options the gateway was started with.</summary>
    public GatewayOptions Options { get; }

    /// <summary>A readable name for messages, e.g. <c>git backend</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The child's hello: version, pid, program and properties (e.g. a backend's features).</summary>
    public Hello PeerHello => peerHello ?? throw new InvalidOperationException("the handshake has not completed");

    /// <summary>The child's process id (this process's own id in in-process mode).</summary>
    public int ProcessId { get; }

    /// <summary>True when the server runs in this process (no isolation).</summary>
    public bool IsInProcess => process is null;

    /// <summary>False once the connection died or the gateway was disposed.</summary>
    /// <remarks>Nobody reads an idle pipe, so a child that died while idle is noticed through its exit status.</remarks>
    public bool IsAlive => connection.Failure is null && Volatile.Read(ref disposed) == 0 && process?.HasExited != true;

    /// <summary>Why the gateway died, or null while it lives.</summary>
    public Exception? Failure => connection.Failure;

    /// <summary>Opens a channel (odd id) to a service of the child.</summary>
    public Channel OpenChannel(string service) => connection.Open(service);

    /// <summary>Waits for a channel the child opened (even id).</summary>
    /// <exception cref="TimeoutException">None arrived in time.</exception>
    public Channel AcceptChannel(TimeSpan timeout)
    {
        DemandReader(true);
        try
        {
            if (accepted.TryTake(out var acceptedChannel, timeout))
                return acceptedChannel;
        }
        finally
        {
            DemandReader(false);
        }
        if (connection.Failure is { } failure)
            throw new GatewayClosedException(failure.Message, failure);
        throw new TimeoutException($"{DisplayName} opened no channel within {timeout.TotalSeconds:0.###} s");
    }

    /// <summary>Writes out frames that were posted without a flush.</summary>
    public void Flush() => connection.Flush();

    /// <summary>Kills the child at once (and its own children); pending calls fail with the reason.</summary>
    public void Kill(string reason)
    {
        if (process is null)
        {
            connection.Fail(new GatewayClosedException($"{DisplayName} (in-process) was stopped: {reason}"));
            return;
        }
        // Recorded before the kill: the reader thread describes the death as soon as the pipe closes.
        Interlocked.CompareExchange(ref killReason, reason, null);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    private string? killReason;

    /// <summary>
    /// Says goodbye, waits up to <see cref="GatewayOptions.ExitTimeout"/>, then kills and reaps the child. A child
    /// whose input is stuck (a writer blocked on the full pipe holds the write lock) is killed at once.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        var alive = connection.Failure is null;
        var saidGoodbye = alive && connection.TrySendGoodbye(TimeSpan.FromMilliseconds(250));
        if (process is not null)
        {
            if (saidGoodbye)
                CloseChildInput();
            var stuck = alive && !saidGoodbye;
            if (stuck || !process.WaitForExit(Options.ExitTimeout))
            {
                Kill(stuck ? "its input was stuck, so no goodbye could be sent" : "it did not exit after goodbye");
                process.WaitForExit();
            }
        }
        else
        {
            serverThread!.Join(Options.ExitTimeout);
            // Our writing end first: the server reads the end of its input and closes its output, so our reader sees
            // the end too. Closing a pipe end while a thread reads it blocks on Linux, so the reading end goes last,
            // and not at all while a misbehaving server keeps it busy.
            inProcessPipes[1].Dispose();
            serverThread.Join(Options.ExitTimeout);
        }
        WakeReaders();
        readerDone.Wait(Options.ExitTimeout);
        if (process is null && readerDone.IsSet)
            inProcessPipes[0].Dispose();
        connection.Fail(new GatewayClosedException($"{DisplayName} (pid {ProcessId}) was closed by this process"));
        flushSignal.Release();
        stopped.Set();
        stderr.WaitForEnd(TimeSpan.FromMilliseconds(200));
        process?.Dispose();
    }

    private void CloseChildInput()
    {
        try
        {
            process!.StandardInput.Close();
        }
        catch (IOException)
        {
            // broken pipe: the child is gone
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{DisplayName} (pid {ProcessId})";
}
