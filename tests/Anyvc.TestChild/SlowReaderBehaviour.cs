using Anyvc.Channels;
using Anyvc.Channels.Commands;

namespace Anyvc.TestChild;

/// <summary>Serves echo, but <c>nap [ms]</c> stops reading for a while so the parent's writes back up in the pipe.</summary>
internal sealed class SlowReaderBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        long received = 0;
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.Nap, (_, milliseconds) =>
        {
            Thread.Sleep((int)milliseconds);
            return Unit.Value;
        });
        server.Register(TestCommands.Count, (_, _) =>
        {
            received++;
            return Unit.Value;
        });
        server.Register(TestCommands.Received, (_, _) => received);
        return new ChildHost("test-child", server).Run();
    }
}
