using System.Diagnostics;
using System.IO.Pipes;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using Anyvc.Channels.Native;
using Anyvc.Channels.Processes;

namespace Anyvc.Channels;

/// <summary>Starting a gateway: spawning the child (or an in-process server thread) and the handshake.</summary>
public sealed partial class Gateway
{
    private Gateway(GatewayOptions options, string displayName, Process? process, Thread? serverThread, Stream input, Stream output, StderrTail stderr)
    {
        inProcessPipes = process is null ? [input, output] : [];
        // A quarter of the call timeout is soon enough to catch a stuck write; waking more often measurably slows
        // round trips (4 µs at a 1 s period, none at 15 s) when parent and child share a CPU.
        watchPeriod = TimeSpan.FromMilliseconds(Math.Clamp(options.CallTimeout.TotalMilliseconds / 4, 50, 15_000));
        Options = options;
        DisplayName = displayName;
        this.process = process;
        this.serverThread = serverThread;
        this.stderr = stderr;
        ProcessId = process?.Id ?? Environment.ProcessId;
        readiness = new PipeReadiness(input);
        connection = new Connection(input, output, parentSide: true, FrameTrace.Create(options.TraceTarget, "parent"), readiness.WaitReadable)
        {
            FlushNeeded = () => flushSignal.Release(),
            ChannelOpened = channel => accepted.Add(channel),
            ReaderDemand = DemandReader,
            WriteFailed = e => ConnectionLost(new EndOfStreamException($"writing to the child failed: {e.Message}", e)),
            Stalled = reason => Kill(reason),
        };
        new Thread(ReadLoop) { IsBackground = true, Name = $"anyvc reader: {displayName}" }.Start();
        new Thread(FlushLoop) { IsBackground = true, Name = $"anyvc flusher: {displayName}" }.Start();
        new Thread(WatchLoop) { IsBackground = true, Name = $"anyvc watchdog: {displayName}" }.Start();
    }

    /// <summary>Starts the child, sends our hello and waits for its hello.</summary>
    /// <exception cref="GatewayClosedException">The child could not start or died before its hello.</exception>
    /// <exception cref="ProtocolViolationException">The child speaks another protocol version.</exception>
    public static Gateway Start(GatewayOptions options)
    {
        var displayName = options.DisplayName ?? Path.GetFileNameWithoutExtension(options.Program);
        if (!File.Exists(options.Program))
            throw new FileNotFoundException($"the {displayName} program '{options.Program}' does not exist; build the solution first (./build.sh build)", options.Program);
        var process = ProcessSpawner.Start(BuildStartInfo(options));
        var stderr = new StderrTail(process.StandardError.BaseStream, displayName, forward: options.TraceTarget is "stderr" or "1");
        var gateway = new Gateway(options, displayName, process, null, process.StandardOutput.BaseStream, process.StandardInput.BaseStream, stderr);
        gateway.Handshake();
        return gateway;
    }

    /// <summary>
    /// Runs <paramref name="host"/> on a thread of this process, connected through OS pipes with the same framing:
    /// for debugging, and as the reference that shows what process isolation costs.
    /// </summary>
    public static Gateway StartInProcess(ChildHost host, GatewayOptions? options = null) =>
        StartInProcess(host.Program, host.Serve, options);

    /// <summary>
    /// Runs <paramref name="serve"/> on a thread of this process as the child, on its end of two OS pipes; the tests'
    /// fake children (which may send anything at all) come in here.
    /// </summary>
    internal static Gateway StartInProcess(string program, Func<Stream, Stream, int> serve, GatewayOptions? options = null)
    {
        options ??= new GatewayOptions(program);
        var toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        var fromParent = new AnonymousPipeClientStream(PipeDirection.In, toServer.ClientSafePipeHandle);
        var fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        var toParent = new AnonymousPipeClientStream(PipeDirection.Out, fromServer.ClientSafePipeHandle);
        var serverThread = new Thread(() =>
        {
            try
            {
                serve(fromParent, toParent);
            }
            finally
            {
                toParent.Dispose();
                fromParent.Dispose();
            }
        }) { IsBackground = true, Name = $"anyvc in-process server: {program}" };
        serverThread.Start();
        var gateway = new Gateway(options, options.DisplayName ?? program, null, serverThread, fromServer, toServer, StderrTail.None);
        gateway.Handshake();
        return gateway;
    }

    private void Handshake()
    {
        try
        {
            connection.SendValue(FrameKind.Hello, 0,
                new Hello(Protocol.Version, Environment.ProcessId, "anyvc-parent", new Dictionary<string, object?>()).ToWire(), flush: true);
        }
        catch (GatewayClosedException)
        {
            // the child died at once; the reader reports why
        }
        if (!helloReceived.Wait(Options.StartTimeout))
        {
            Kill("no hello in time");
            readerDone.Wait(TimeSpan.FromSeconds(2));
            Dispose();
            throw new GatewayClosedException($"{DisplayName} (pid {ProcessId}) sent no hello within {Options.StartTimeout.TotalSeconds:0.#} s and was killed{stderr.Describe()}");
        }
        if (helloFailure is not null)
        {
            Dispose();
            if (helloFailure is ProtocolViolationException violation)
                throw new ProtocolViolationException(violation.Message, violation);
            throw new GatewayClosedException(helloFailure.Message, helloFailure);
        }
    }

    private static ProcessStartInfo BuildStartInfo(GatewayOptions options)
    {
        var command = new List<string>(options.Wrapper);
        if (options.Program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            command.AddRange([DotnetHost(), "exec", options.Program]);
        else
            command.Add(options.Program);
        command.AddRange(options.Arguments);
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkingDirectory ?? "",
        };
        foreach (var argument in command.Skip(1))
            info.ArgumentList.Add(argument);
        if (options.Environment is { } environment)
        {
            info.Environment.Clear();
            foreach (var (key, value) in environment)
                info.Environment[key] = value;
        }
        info.Environment[ChildHost.ParentPidVariable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (options.TraceTarget is { } trace)
            info.Environment[FrameTrace.Variable] = trace;
        else
            info.Environment.Remove(FrameTrace.Variable);
        return info;
    }

    /// <summary>The dotnet host that runs this process, so children started with <c>dotnet exec</c> use the same runtime.</summary>
    public static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
            return hostPath;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
            return self;
        // an apphost (an installed .NET tool): the runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var besideRuntime = runtime is { Length: > 0 } ? Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")) : null;
        return besideRuntime is not null && File.Exists(besideRuntime) ? besideRuntime : "dotnet";
    }
}
