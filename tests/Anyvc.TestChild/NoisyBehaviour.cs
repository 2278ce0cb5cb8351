using System.Runtime.InteropServices;
using Anyvc.Channels;
using Anyvc.Channels.Commands;

namespace Anyvc.TestChild;

/// <summary>
/// Serves echo, and <c>print</c> writes to stdout through Console and straight to descriptor 1, as a native library
/// would: the protocol must survive both.
/// </summary>
internal sealed partial class NoisyBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.Print, (_, text) =>
        {
            Console.Out.WriteLine(text);
            Console.Out.Flush();
            var bytes = System.Text.Encoding.UTF8.GetBytes(text + "\n");
            return (long)write(1, bytes, bytes.Length);
        });
        return new ChildHost("test-child", server).Run();
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint write(int descriptor, byte[] buffer, nint count);
}
