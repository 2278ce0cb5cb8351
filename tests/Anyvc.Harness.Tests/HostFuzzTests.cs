using System.Diagnostics;
using Anyvc.Channels;
using Anyvc.Channels.Framing;
using Anyvc.Channels.Processes;
using Anyvc.Fixtures;
using Anyvc.Host;
using Anyvc.TestSupport;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// The backend side fed hostile frames: a valid session (create a repository, a transaction with a streamed file,
/// commit, reads) mutated by <see cref="FrameMutator"/>. The real host with each backend, in this process for speed,
/// must end every case with exit code 0 or 3 (protocol error) and never throw or hang; real child processes of every
/// backend must exit 0 or 3 (never abort on a signal). Short runs here; <c>ANYVC_FUZZ_CASES</c> sets the in-process
/// count and <c>ANYVC_FUZZ_CHILD_CASES</c> the count of real children for the long run.
/// </summary>
public class HostFuzzTests
{
    // The reference backend gets the most cases in the suite: it is the fastest, and shares the host with the others.
    [TestCase("git", 60, Category = "git")]
    [TestCase("hg", 30, Category = "hg")]
    [TestCase("memory", 400, Category = "memory")]
    [TestCase("svn", 30, Category = "svn")]
    public void TheHostSurvivesMutatedFramesFromAParent(string name, int inTheSuite)
    {
        var cases = Campaign.Size("ANYVC_FUZZ_CASES", inTheSuite);
        using var scratch = new Scratch();
        var backend = InProcessBackends.Load(BackendCatalog.Named(name));
        var exits = new Dictionary<int, int>();
        for (var seed = Campaign.FirstSeed; seed < Campaign.FirstSeed + cases; seed++)
        {
            var stream = new FrameMutator(seed).Mutate(Session(scratch.Combine($"case-{seed}")));
            var host = BackendHost.CreateChildHost(backend, Directory.CreateDirectory(scratch.Combine("staging")).FullName);
            var exit = -1;
            Exception? crash = null;
            var serving = new Thread(() =>
            {
                try
                {
                    exit = host.Serve(new MemoryStream(stream), Stream.Null);
                }
                catch (Exception e)
                {
                    crash = e;
                }
            }) { IsBackground = true };
            serving.Start();
            Assert.That(serving.Join(TimeSpan.FromSeconds(20)), Is.True, $"seed {seed}: the host hung");
            Assert.That(crash, Is.Null, $"seed {seed}: the host crashed (a child would abort): {crash}");
            Assert.That(exit, Is.EqualTo(0).Or.EqualTo(ChildHost.ProtocolErrorExitCode), $"seed {seed}");
            exits[exit] = exits.GetValueOrDefault(exit) + 1;
        }
        TestContext.Out.WriteLine($"{name}: {cases} cases in this process: {string.Join(", ", exits.Select(e => $"{e.Value} exited {e.Key}"))}");
    }

    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("memory", Category = "memory")]
    [TestCase("svn", Category = "svn")]
    public void RealChildrenExitCleanlyOnMutatedFrames(string name)
    {
        using var scratch = new Scratch();
        var backend = BackendCatalog.Named(name);
        var cases = Campaign.Size("ANYVC_FUZZ_CHILD_CASES", 8);
        var exits = new Dictionary<int, int>();
        for (var seed = Campaign.FirstSeed; seed < Campaign.FirstSeed + cases; seed++)
        {
            var environment = ChildEnvironment.Create(scratch.Combine($"child-{seed}"));
            var stream = new FrameMutator(seed).Mutate(Session(scratch.Combine($"case-{seed}")));
            using var child = ToolRunner.Start(new ToolCommand(Gateway.DotnetHost(), ["exec", backend.Program])
            {
                ClearEnvironment = true,
                Environment = environment.Variables.ToDictionary(v => v.Key, v => (string?)v.Value),
            });
            var drain = child.Output.CopyToAsync(Stream.Null);
            try
            {
                child.Input.Write(stream);
            }
            catch (IOException)
            {
                // it stopped reading: a protocol error ended it early
            }
            child.Input.Close();
            var clock = Stopwatch.StartNew();
            var exit = child.WaitForExit(TimeSpan.FromSeconds(20));
            Assert.That(exit, Is.EqualTo(0).Or.EqualTo(ChildHost.ProtocolErrorExitCode), $"seed {seed}: exit {exit?.ToString() ?? "none: hung"} after {clock.Elapsed.TotalSeconds:0.0} s{child.Errors.Describe()}");
            drain.Wait(TimeSpan.FromSeconds(5));
            exits[exit!.Value] = exits.GetValueOrDefault(exit.Value) + 1;
        }
        TestContext.Out.WriteLine($"{name}: {cases} child processes: {string.Join(", ", exits.Select(e => $"{e.Value} exited {e.Key}"))}");
    }

    /// <summary>Parent → child traffic of one session in <paramref name="directory"/>.</summary>
    private static IReadOnlyList<byte[]> Session(string directory) =>
    [
        Frame(FrameKind.Hello, 0, new Hello(Protocol.Version, Environment.ProcessId, "fuzz-parent", new Dictionary<string, object?>()).ToWire()),
        Frame(FrameKind.Open, 1, Protocol.CommandService),
        Frame(FrameKind.Message, 1, new object?[] { 0L, "repo.create", 0L, 1L, new object?[] { directory } }),
        Frame(FrameKind.Message, 1, new object?[] { 0L, "tx.begin", 1L, 2L, new object?[] { "message", "Author <a@example.invalid>", new object?[] { 1_000_000_000L, 120L } } }),
        Frame(FrameKind.Open, 3, Protocol.DataService),
        Frame(FrameKind.Message, 1, new object?[] { 0L, "tx.write", 2L, 0L, new object?[] { "dir/file.txt", 3L } }),
        RawFrame(FrameKind.Data, 3, "file content"u8.ToArray()),
        RawFrame(FrameKind.Close, 3, []),
        Frame(FrameKind.Message, 1, new object?[] { 0L, "tx.mkdir", 2L, 0L, new object?[] { "empty" } }),
        Frame(FrameKind.Message, 1, new object?[] { 1L, "tx.commit", 2L, 0L, Array.Empty<object?>() }),
        Frame(FrameKind.Message, 1, new object?[] { 2L, "repo.history", 1L, 0L, Array.Empty<object?>() }),
        Frame(FrameKind.Message, 1, new object?[] { 3L, "tree.stat", 1L, 0L, new object?[] { new object?[] { "revision", "ffff" }, "dir" } }),
        Frame(FrameKind.Open, 5, Protocol.DataService),
        Frame(FrameKind.Message, 1, new object?[] { 4L, "tree.read", 1L, 0L, new object?[] { new object?[] { "revision", "ffff" }, "dir/file.txt", 5L } }),
        RawFrame(FrameKind.Credit, 5, MsgPackValue.Encode(65536L)),
        Frame(FrameKind.Message, 1, new object?[] { 5L, "$noop", 0L, 0L, Array.Empty<object?>() }),
        RawFrame(FrameKind.Goodbye, 0, []),
    ];

    private static byte[] Frame(FrameKind kind, uint channel, object? value) => RawFrame(kind, channel, MsgPackValue.Encode(value));

    private static byte[] RawFrame(FrameKind kind, uint channel, byte[] payload)
    {
        var frame = new byte[FrameHeader.Size + payload.Length];
        new FrameHeader(kind, channel, payload.Length).Write(frame);
        payload.CopyTo(frame, FrameHeader.Size);
        return frame;
    }
}
