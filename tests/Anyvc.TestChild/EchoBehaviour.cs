using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.TestChild;

/// <summary>A well-behaved child: echo, objects under prospective ids, failures, streams both ways.</summary>
internal class EchoBehaviour : IBehaviour
{
    public int Run(string[] args) => new ChildHost("test-child", Register(new CommandServer()), new Dictionary<string, object?> { ["behaviour"] = "echo" }).Run();

    public static CommandServer Register(CommandServer server)
    {
        server.Register(Echo, (_, value) => value);
        server.Register(Pid, (_, _) => (long)Environment.ProcessId);
        server.Register(Make, (c, value) => Bind(c, new Box(value)));
        server.Register(Get, (c, _) => c.Target<Box>().Value);
        server.Register(Derive, (c, _) => Bind(c, new Box(new object?[] { "derived", c.Target<Box>().Value })));
        server.Register(Fail, (_, why) => throw new InvalidOperationException($"failing as asked: {why}"));
        server.Register(Upload, (c, request) =>
        {
            var box = new Box(null);
            var sink = new CountingStream { Summing = request.Summing };
            c.ClaimChannel(request.Channel).ReceiveInto(sink, error => box.Value = error is null ? new object?[] { sink.Count, sink.Sum } : error.Message);
            return Bind(c, box);
        });
        server.Register(Download, (c, request) =>
        {
            c.ClaimChannel(request.Channel).SendFrom(new PatternStream(request.Size));
            return Unit.Value;
        });
        server.Register(Flood, (c, size) =>
        {
            var channel = c.OpenChannel(Protocol.DataService);
            channel.SendFrom(new PatternStream(size));
            return (long)channel.Id;
        });
        // Opens channels and fills each with one message of almost a frame's size, which nobody on the other side reads.
        server.Register(Spam, (c, count) =>
        {
            var filler = new byte[FrameHeader.MaxPayloadLength - 16];
            for (var i = 0; i < count; i++)
                c.OpenChannel(Protocol.DataService + "-spam").Send(filler);
            return Unit.Value;
        });
        server.Register(FailStream, (c, request) =>
        {
            c.ClaimChannel(request.Channel).Close(new RemoteErrorData("Test.StreamError", request.Message, "", "stream-failed"));
            return Unit.Value;
        });
        return server;
    }

    private static Unit Bind(CommandContext context, Box box)
    {
        context.Bind(box);
        return Unit.Value;
    }

    /// <summary>An object in the id table.</summary>
    internal sealed class Box(object? value)
    {
        public object? Value { get; set; } = value;
    }
}
