using Anyvc.Channels;

namespace Anyvc.TestChild;

/// <summary>Serves echo, but <c>nap [ms]</c> stops reading for a while so the parent's writes back up in the pipe.</summary>
internal sealed class SlowReaderBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        long received = 0;
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register("nap", c => { Thread.Sleep((int)c.GetInt64(0)); return null; });
        server.Register("count", _ => { received++; return null; });
        server.Register("received", _ => received);
        return new ChildHost("test-child", server).Run();
    }
}
