using Anyvc.Channels;

namespace Anyvc.TestChild;

/// <summary>A well-behaved child: echo, objects under prospective ids, failures, streams both ways.</summary>
internal class EchoBehaviour : IBehaviour
{
    public int Run(string[] args) => new ChildHost("test-child", Register(new CommandServer()), new Dictionary<string, object?> { ["behaviour"] = "echo" }).Run();

    public static CommandServer Register(CommandServer server)
    {
        server.Register("echo", c => c.ArgumentCount == 0 ? null : Arg(c, 0));
        server.Register("pid", _ => (long)Environment.ProcessId);
        server.Register("make", c => { c.Bind(new Box(Arg(c, 0))); return null; });
        server.Register("get", c => c.Target<Box>().Value);
        server.Register("derive", c => { c.Bind(new Box(new object?[] { "derived", c.Target<Box>().Value })); return null; });
        server.Register("fail", c => throw new InvalidOperationException($"failing as asked: {c.GetString(0)}"));
        server.Register("upload", c =>
        {
            var box = new Box(null);
            var sink = new CountingStream { Summing = c.ArgumentCount < 2 || c.GetBoolean(1) };
            c.ClaimChannel(0).ReceiveInto(sink, error => box.Value = error is null ? new object?[] { sink.Count, sink.Sum } : error.Message);
            c.Bind(box);
            return null;
        });
        server.Register("download", c => { c.ClaimChannel(0).SendFrom(new PatternStream(c.GetInt64(1))); return null; });
        server.Register("flood", c =>
        {
            var channel = c.OpenChannel(Protocol.DataService);
            channel.SendFrom(new PatternStream(c.GetInt64(0)));
            return (long)channel.Id;
        });
        server.Register("fail-stream", c => { c.ClaimChannel(0).Close(new RemoteErrorData("Test.StreamError", c.GetString(1), "", "stream-failed")); return null; });
        server.Register("stderr", c => { Console.Error.WriteLine(c.GetString(0)); return null; });
        return server;
    }

    private static object? Arg(CommandContext c, int index) => c.ArgumentCount <= index ? null : c.GetValue(index);

    /// <summary>An object in the id table.</summary>
    internal sealed class Box(object? value)
    {
        public object? Value { get; set; } = value;
    }
}
