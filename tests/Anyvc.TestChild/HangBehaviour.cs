using Anyvc.Channels;

namespace Anyvc.TestChild;

/// <summary>Serves echo, and <c>hang</c> never returns.</summary>
internal sealed class HangBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register("hang", _ =>
        {
            Thread.Sleep(Timeout.Infinite);
            return null;
        });
        return new ChildHost("test-child", server).Run();
    }
}
