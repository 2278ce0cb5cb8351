using Anyvc.Channels;
using Anyvc.Channels.Commands;

namespace Anyvc.TestChild;

/// <summary>Serves echo, and <c>crash [code]</c> says its last words on stderr and exits mid-call.</summary>
internal sealed class CrashBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.Crash, (_, code) =>
        {
            Console.Error.WriteLine("test child: crashing on purpose");
            Console.Error.Flush();
            Environment.Exit((int)code);
            return Unit.Value;
        });
        return new ChildHost("test-child", server).Run();
    }
}
