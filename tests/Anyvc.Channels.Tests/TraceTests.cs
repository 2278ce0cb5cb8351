using Anyvc.Channels.Commands;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

public class TraceTests
{
    [Test]
    public void TraceLogsFramesOfBothSides()
    {
        var file = Path.Combine(Path.GetTempPath(), $"anyvc-trace-{Guid.NewGuid():N}.log");
        try
        {
            using (var gateway = Gateway.Start(TestChild.Options("echo") with { TraceTarget = file }))
            using (var client = new CommandClient(gateway))
                client.Call(Echo, 0, "traced value");
            var lines = File.ReadAllLines(file);
            Assert.That(lines, Has.Some.Contains("parent[").And.Contains("send Hello"));
            Assert.That(lines, Has.Some.Contains("child[").And.Contains("recv Message").And.Contains("\"echo\""));
            Assert.That(lines, Has.Some.Contains("\"traced value\""));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
