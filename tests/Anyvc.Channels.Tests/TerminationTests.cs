using System.Diagnostics;
using Anyvc.Channels.Processes;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using NUnit.Framework;
using static Anyvc.TestChild.TestCommands;

namespace Anyvc.Channels.Tests;

public class TerminationTests
{
    [Test]
    public void DisposeSaysGoodbyeAndReaps()
    {
        var gateway = TestChild.Start();
        var pid = gateway.ProcessId;
        var clock = Stopwatch.StartNew();
        gateway.Dispose();
        Assert.That(clock.Elapsed, Is.LessThan(gateway.Options.ExitTimeout));
        Assert.That(TestChild.Exited(pid), Is.True);
        Assert.Throws<GatewayClosedException>(() => gateway.OpenChannel("data"));
    }

    [Test]
    public void DisposeKillsAChildThatIgnoresGoodbye()
    {
        var gateway = Gateway.Start(TestChild.Options("hang") with { ExitTimeout = TimeSpan.FromMilliseconds(300) });
        new CommandClient(gateway).Post(HangPosted, 0, 0, Unit.Value);
        gateway.Flush();
        Thread.Sleep(100);
        gateway.Dispose();
        Assert.That(TestChild.Exited(gateway.ProcessId), Is.True);
    }

    [Test]
    public void ChildExitsWithinASecondWhenItsStdinCloses()
    {
        using var child = ToolRunner.Start(new ToolCommand(Gateway.DotnetHost(), ["exec", TestChild.Program, "echo"]));
        child.Output.ReadExactly(new byte[FrameHeader.Size]); // its hello has begun: it is serving
        child.Input.Close();
        Assert.That(child.WaitForExit(TimeSpan.FromSeconds(1)), Is.Not.Null, "the child outlived its stdin by more than 1 s");
    }

    [Test]
    public void ChildDiesWithItsParent()
    {
        // The child's stdin is a FIFO this test holds open, so end of input cannot be what stops it:
        // only PR_SET_PDEATHSIG can, when its parent (a shell we SIGKILL) dies.
        var fifo = Path.Combine(Path.GetTempPath(), $"anyvc-fifo-{Guid.NewGuid():N}");
        ToolRunner.Run(new ToolCommand("mkfifo", [fifo])).EnsureSuccess();
        try
        {
            var output = fifo + ".out";
            using var shell = ToolRunner.Start(new ToolCommand("/bin/sh", ["-c", "\"$3\" exec \"$0\" echo < \"$1\" > \"$2\" & echo $!; wait", TestChild.Program, fifo, output, Gateway.DotnetHost()]));
            using var holdOpen = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            var childPid = int.Parse(new StreamReader(shell.Output).ReadLine()!);
            // The hello is written after the signal is armed: once it is there, the child is ready.
            Assert.That(Poll(() => File.Exists(output) && new FileInfo(output).Length > 0, TimeSpan.FromSeconds(30)), Is.True, "the child never said hello");
            Assert.That(TestChild.Exited(childPid), Is.False, "the child must be alive while its parent lives");
            shell.Kill(entireProcessTree: false);
            shell.WaitForExit(TimeSpan.FromSeconds(5));
            Assert.That(TestChild.WaitExited(childPid, TimeSpan.FromSeconds(1)), Is.True, $"child {childPid} outlived its parent");
        }
        finally
        {
            File.Delete(fifo);
            File.Delete(fifo + ".out");
        }
    }

    private static bool Poll(Func<bool> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
                return false;
            Thread.Sleep(10);
        }
        return true;
    }
}
