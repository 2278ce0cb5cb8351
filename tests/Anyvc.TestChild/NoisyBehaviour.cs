using System.Diagnostics;
using Anyvc.Channels;

namespace Anyvc.TestChild;

/// <summary>Serves echo, and <c>print</c> writes to stdout itself and through a tool it runs: the protocol must survive.</summary>
internal sealed class NoisyBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register("print", c =>
        {
            Console.Out.WriteLine(c.GetString(0));
            Console.Out.Flush();
            using var tool = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "echo \"$0\"; cat", c.GetString(0)]) { UseShellExecute = false })!;
            tool.WaitForExit();
            return (long)tool.ExitCode;
        });
        return new ChildHost("test-child", server).Run();
    }
}
