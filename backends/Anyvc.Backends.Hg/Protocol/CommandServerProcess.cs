using System.Buffers.Binary;
using System.Text;
using Anyvc.Channels.Processes;

namespace Anyvc.Backends.Hg.Protocol;

/// <summary>
/// One running <c>hg serve --cmdserver pipe</c>: starts it, reads its hello, and runs commands one at a time over
/// its stdin/stdout frames (read as raw bytes). Not thread-safe; <see cref="CommandServerClient"/> serializes calls.
/// </summary>
internal sealed class CommandServerProcess : IDisposable
{
    private const int MaxFrame = 64 << 20;
    private const string StartupCommand = "serve --cmdserver pipe (waiting for its hello)";
    private readonly RunningTool server;
    private readonly Stream toServer;
    private readonly Stream fromServer;
    private readonly byte[] header = new byte[5];
    private readonly byte[] buffer = new byte[1 << 16];

    private CommandServerProcess(RunningTool server)
    {
        this.server = server;
        toServer = server.Input;
        fromServer = server.Output;
    }

    /// <summary>The server's hello.</summary>
    public CommandServerHello Hello { get; private set; } = null!;

    /// <summary>The server's process id.</summary>
    public int Pid => server.ProcessId;

    /// <summary>Starts a server with <paramref name="arguments"/> (after <c>serve --cmdserver pipe</c>) and reads its hello.</summary>
    public static CommandServerProcess Start(string hg, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        CommandServerProcess server;
        try
        {
            server = new CommandServerProcess(ToolRunner.Start(new ToolCommand(hg, ["serve", "--cmdserver", "pipe", .. arguments])
            {
                Environment = environment,
                WorkingDirectory = workingDirectory,
            }));
        }
        catch (ToolException e)
        {
            throw new HgServerDiedException($"could not start the hg command server: {e.Message}", e);
        }
        try
        {
            var (channel, length) = server.ReadHeader(StartupCommand);
            if (channel != HgChannel.Output)
                throw new HgProtocolException($"the hg command server's first frame is on channel '{(char)channel}', not 'o'");
            var data = new byte[length];
            server.ReadExactly(data, StartupCommand);
            server.Hello = CommandServerHello.Parse(data);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Runs one hg command, copying its output bytes to <paramref name="output"/>.</summary>
    /// <exception cref="HgServerDiedException">The server exited or broke its pipe during the command.</exception>
    /// <exception cref="HgProtocolException">The server sent a frame the protocol does not allow.</exception>
    public CommandResult RunCommand(IReadOnlyList<string> arguments, Stream output)
    {
        var command = DescribeCommand(arguments);
        var error = new MemoryStream();
        try
        {
            Send(arguments);
            while (true)
            {
                var (channel, length) = ReadHeader(command, error);
                switch (channel)
                {
                    case HgChannel.Output:
                        Copy(length, output, command, error);
                        break;
                    case HgChannel.Error:
                        Copy(length, error, command, error);
                        break;
                    case HgChannel.Result:
                        if (length != 4)
                            throw new HgProtocolException($"hg result frame for '{command}' has {length} bytes, not 4");
                        ReadExactly(buffer.AsSpan(0, 4), command, error);
                        return new CommandResult(BinaryPrimitives.ReadInt32BigEndian(buffer), Hello.Encoding.GetString(error.GetBuffer(), 0, (int)error.Length), Hello.Encoding);
                    case HgChannel.Input or HgChannel.Line:
                        // We never have input for hg (no prompts, no patches on stdin): answer end of input.
                        WriteLength(0);
                        toServer.Flush();
                        break;
                    default:
                        if (char.IsAsciiLetterUpper((char)channel))
                            throw new HgProtocolException($"hg sent a request on unknown required channel '{(char)channel}' during '{command}'");
                        Copy(length, Stream.Null, command, error);
                        break;
                }
            }
        }
        catch (IOException e)
        {
            throw Died(command, error, e);
        }
    }

    /// <summary>Closes its stdin (the protocol's goodbye), then kills the server and its children if it still runs.</summary>
    public void Dispose() => server.Dispose();

    private void Send(IReadOnlyList<string> arguments)
    {
        var payload = Hello.Encoding.GetBytes(string.Join('\0', arguments));
        toServer.Write("runcommand\n"u8);
        WriteLength(payload.Length);
        toServer.Write(payload);
        toServer.Flush();
    }

    private void WriteLength(int length)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)length);
        toServer.Write(bytes);
    }

    private (HgChannel Channel, int Length) ReadHeader(string command, MemoryStream? error = null)
    {
        ReadExactly(header, command, error);
        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        var channel = (HgChannel)header[0];
        // Input requests carry a maximum size, not a payload, so only data frames are bounded.
        if (length > MaxFrame && channel is not (HgChannel.Input or HgChannel.Line))
            throw new HgProtocolException($"hg sent a {length}-byte frame on channel '{(char)channel}' during '{command}'");
        return (channel, (int)Math.Min(length, int.MaxValue));
    }

    private void Copy(int length, Stream sink, string command, MemoryStream error)
    {
        while (length > 0)
        {
            var chunk = buffer.AsSpan(0, Math.Min(length, buffer.Length));
            ReadExactly(chunk, command, error);
            sink.Write(chunk);
            length -= chunk.Length;
        }
    }

    private void ReadExactly(Span<byte> target, string command, MemoryStream? error = null)
    {
        var read = fromServer.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
        if (read < target.Length)
            throw Died(command, error, null);
    }

    private HgServerDiedException Died(string command, MemoryStream? error, Exception? inner)
    {
        // Give hg a moment to finish dying so its exit status and last stderr lines are known.
        var status = server.WaitForExit(TimeSpan.FromSeconds(2)) is { } code ? $"exit status {code}" : "still running";
        server.Errors.WaitForEnd(TimeSpan.FromMilliseconds(200));
        var channelText = error is null || error.Length == 0 ? "" : Encoding.UTF8.GetString(error.GetBuffer(), 0, (int)error.Length).Trim();
        var message = new StringBuilder($"hg command server (pid {server.ProcessId}) died during 'hg {command}' ({status})");
        if (channelText.Length > 0)
            message.Append($"; hg error output: {channelText}");
        message.Append(server.Errors.Text is { Length: > 0 } tail ? $"; hg stderr: {tail}" : "; hg stderr: (empty)");
        return new HgServerDiedException(message.ToString(), inner);
    }

    /// <summary>The command as a person would type it after <c>hg</c>, for error messages (repository flags included).</summary>
    internal static string DescribeCommand(IReadOnlyList<string> arguments) => CommandLineText.Describe("hg", arguments)[3..];
}
