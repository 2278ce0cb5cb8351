using Anyvc.Channels;
using Anyvc.Channels.Commands;

namespace Anyvc.TestChild;

/// <summary>Serves echo, and <c>hang</c> never returns.</summary>
internal sealed class HangBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.Hang, (_, _) =>
        {
            Thread.Sleep(Timeout.Infinite);
            return Unit.Value;
        });
        return new ChildHost("test-child", server).Run();
    }
}
