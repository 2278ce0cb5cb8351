using System.Diagnostics;
using Anyvc.Channels;
using Anyvc.Channels.Commands;

namespace Anyvc.TestChild;

/// <summary>Serves echo, and <c>killself</c> sends itself SIGKILL mid-call.</summary>
internal sealed class KillSelfBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.KillSelf, (_, _) =>
        {
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
            return Unit.Value;
        });
        return new ChildHost("test-child", server).Run();
    }
}
