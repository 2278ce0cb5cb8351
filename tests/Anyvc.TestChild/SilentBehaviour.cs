namespace Anyvc.TestChild;

/// <summary>Starts and never says hello: the parent's start timeout must fire.</summary>
internal sealed class SilentBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        Console.Error.WriteLine("test child: staying silent");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }
}
