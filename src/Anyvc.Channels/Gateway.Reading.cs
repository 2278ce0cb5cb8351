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
                ReadOneFrame();
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

    private bool ReadHello()
    {
        try
        {
            if (!connection.TryReadFrame(out var header, out var payload))
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

    private void ReadOneFrame()
    {
        try
        {
            if (!connection.TryReadFrame(out var header, out var payload))
                throw new EndOfStreamException("the child closed its output");
            connection.Dispatch(header, payload);
        }
        catch (Exception e)
        {
            ConnectionLost(e);
        }
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

    private void ConnectionLost(Exception cause)
    {
        if (Interlocked.Exchange(ref lost, 1) == 1)
            return;
        if (cause is ProtocolViolationException && process is not null)
            Kill("it broke the protocol");
        OnConnectionLost(cause is EndOfStreamException ? null : cause);
        WakeReaders();
    }
}
