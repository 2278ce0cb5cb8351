using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;

namespace Anyvc.Channels;

/// <summary>
/// Who reads the pipe. A thread waiting for a reply reads it itself: the reply then costs two thread switches per
/// round trip, as a raw ping-pong does, instead of four with a hand-off from a reader thread. The background reader
/// reads only while other waiters (stream reads and writes, accepted channels) need frames, and is woken only then.
/// One thread reads at a time.
/// </summary>
public sealed partial class Gateway
{
    private readonly object readGate = new();
    private readonly AutoResetEvent backgroundWanted = new(false);
    private bool reading;
    private int backgroundDemand;
    private int lost;

    /// <summary>
    /// Reads and dispatches frames on the calling thread until <paramref name="done"/> holds or the connection
    /// fails; false when <paramref name="timeout"/> passed first.
    /// </summary>
    internal bool ReadUntil(Func<bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done() && connection.Failure is null)
        {
            lock (readGate)
            {
                while (reading && !done() && connection.Failure is null)
                {
                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero)
                        return false;
                    Monitor.Wait(readGate, left);
                }
                if (done() || connection.Failure is not null)
                    return true;
                reading = true;
            }
            try
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || (!connection.HasBufferedInput && !readiness.WaitReadable(left)))
                    return false;
                if (!ReadOneFrame(deadline))
                    return false;
            }
            finally
            {
                ReleaseReading();
            }
        }
        return true;
    }

    /// <summary>A waiter starts (true) or stops (false) needing the background reader.</summary>
    private void DemandReader(bool needed)
    {
        lock (readGate)
            backgroundDemand += needed ? 1 : -1;
        if (needed)
            backgroundWanted.Set();
    }

    /// <summary>The background reader: the hello, then frames whenever a waiter other than a caller needs them.</summary>
    private void ReadLoop()
    {
        try
        {
            if (!ReadHello())
                return;
            while (true)
            {
                bool mine;
                lock (readGate)
                {
                    if (connection.Failure is not null || Volatile.Read(ref disposed) == 1)
                        return;
                    mine = !reading && backgroundDemand > 0;
                    if (mine)
                        reading = true;
                }
                if (!mine)
                {
                    backgroundWanted.WaitOne();
                    continue;
                }
                try
                {
                    ReadOneFrame();
                }
                finally
                {
                    ReleaseReading();
                }
            }
        }
        finally
        {
            readerDone.Set();
        }
    }

    /// <summary>Reads the child's hello, within the start timeout even once its first bytes arrived.</summary>
    private bool ReadHello()
    {
        try
        {
            if (!connection.TryReadFrame(out var header, out var payload, DateTime.UtcNow + Options.StartTimeout))
                throw new EndOfStreamException("the child closed its output before its hello");
            if (header.Kind != FrameKind.Hello)
                throw new ProtocolViolationException($"the first frame was {header.Kind}, not a hello");
            var hello = Hello.FromWire(payload);
            Hello.EnsureCompatible(hello, "child");
            peerHello = hello;
            helloReceived.Set();
            return true;
        }
        catch (Exception e)
        {
            ConnectionLost(e);
            return false;
        }
    }

    /// <summary>Reads and dispatches one frame; false when <paramref name="deadline"/> passed inside it.</summary>
    private bool ReadOneFrame(DateTime? deadline = null)
    {
        try
        {
            if (!connection.TryReadFrame(out var header, out var payload, deadline))
                throw new EndOfStreamException("the child closed its output");
            connection.Dispatch(header, payload);
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (Exception e)
        {
            ConnectionLost(e);
        }
        return true;
    }

    /// <summary>Gives up the pipe: waiting callers may read next, and the background reader if a waiter needs it.</summary>
    private void ReleaseReading()
    {
        bool wanted;
        lock (readGate)
        {
            reading = false;
            wanted = backgroundDemand > 0;
            Monitor.PulseAll(readGate);
        }
        if (wanted)
            backgroundWanted.Set();
    }

    private void WakeReaders()
    {
        lock (readGate)
            Monitor.PulseAll(readGate);
        backgroundWanted.Set();
    }

    /// <summary>
    /// The connection is unusable: the child closed it, broke the protocol, or this side failed to read. A child that
    /// still runs is killed (nothing can be said to it any more), then the death is described to every waiter.
    /// </summary>
    private void ConnectionLost(Exception cause)
    {
        if (Interlocked.Exchange(ref lost, 1) == 1)
            return;
        if (cause is not EndOfStreamException && process is not null)
            Kill(cause is ProtocolViolationException ? "it broke the protocol" : $"reading from it failed ({cause.GetType().Name})");
        OnConnectionLost(cause);
        WakeReaders();
    }
}
