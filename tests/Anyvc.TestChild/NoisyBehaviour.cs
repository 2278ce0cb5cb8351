using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Microsoft.Win32.SafeHandles;

namespace Anyvc.TestChild;

/// <summary>
/// Serves echo, and <c>print</c> writes to stdout through Console and straight to descriptor 1, as a native library
/// would: the protocol must survive both.
/// </summary>
internal sealed class NoisyBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        var server = EchoBehaviour.Register(new CommandServer());
        server.Register(TestCommands.Print, (_, text) =>
        {
            Console.Out.WriteLine(text);
            Console.Out.Flush();
            var bytes = System.Text.Encoding.UTF8.GetBytes(text + "\n");
            using (var descriptorOne = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0))
                descriptorOne.Write(bytes);
            return (long)bytes.Length;
        });
        return new ChildHost("test-child", server).Run();
    }
}
