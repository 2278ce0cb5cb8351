using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using Anyvc.Channels.Native;

namespace Anyvc.Channels;

/// <summary>
/// The child's end: serves a <see cref="CommandServer"/> over the protocol. <see cref="Run"/> is what a child's
/// <c>Main</c> calls; <see cref="Serve"/> runs the same loop over any pair of streams (in-process mode).
/// </summary>
/// <param name="program">The program name sent in the hello.</param>
/// <param name="commands">The commands this child serves on its command channel.</param>
/// <param name="helloProperties">Extra hello properties, e.g. a backend's description.</param>
public sealed class ChildHost(string program, CommandServer commands, IReadOnlyDictionary<string, object?>? helloProperties = null)
{
    /// <summary>Environment variable through which the parent passes its pid, to detect its death at start.</summary>
    public const string ParentPidVariable = "ANYVC_PARENT_PID";

    /// <summary>Exit code when the parent's hello or a frame broke the protocol.</summary>
    public const int ProtocolErrorExitCode = 3;

    /// <summary>The program name sent in the hello.</summary>
    public string Program { get; } = program;

    /// <summary>
    /// Serves on the process's stdin/stdout: moves the protocol to private descriptors first (so nothing printed
    /// to stdout can corrupt it), arms the parent-death signal, and returns the process exit code.
    /// </summary>
    public int Run()
    {
        var (input, output) = StdioProtection.TakeProtocolStreams();
        StdioProtection.ExitWithParent();
        return Serve(input, output);
    }

    /// <summary>Runs the handshake and the dispatch loop until goodbye or end of input; returns the exit code.</summary>
    public int Serve(Stream input, Stream output)
    {
        var connection = new Connection(input, output, parentSide: false, FrameTrace.FromEnvironment("child"));
        commands.Bind(connection);
        connection.ChannelOpened = channel =>
        {
            if (channel.Service == Protocol.CommandService)
                commands.Attach(channel);
            else if (channel.Service == Protocol.DataService)
                channel.SetReceiver(UnclaimedChannelReceiver.Instance);
        };
        try
        {
            connection.SendValue(FrameKind.Hello, 0, new Hello(Protocol.Version, Environment.ProcessId, Program, helloProperties ?? new Dictionary<string, object?>()).ToWire(), flush: true);
            if (!connection.TryReadFrame(out var header, out var payload))
                return 0;
            if (header.Kind != FrameKind.Hello)
                throw new ProtocolViolationException($"the parent's first frame was {header.Kind}, not a hello");
            Hello.EnsureCompatible(Hello.FromWire(payload), "parent");
            while (true)
            {
                if (!connection.HasBufferedInput)
                    connection.Flush();
                if (!connection.TryReadFrame(out header, out payload))
                    return 0;
                connection.Dispatch(header, payload);
                if (connection.GoodbyeReceived)
                {
                    connection.Flush();
                    return 0;
                }
            }
        }
        catch (ProtocolViolationException e)
        {
            Console.Error.WriteLine($"{Program}: protocol error: {e.Message}");
            return ProtocolErrorExitCode;
        }
        catch (Exception e) when (e is GatewayClosedException or EndOfStreamException)
        {
            return 0; // the parent is gone, maybe in the middle of a frame; nobody is left to tell
        }
        finally
        {
            connection.Fail(new GatewayClosedException($"{Program} stopped serving"));
        }
    }
}
