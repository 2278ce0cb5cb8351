namespace Anyvc.TestChild;

/// <summary>
/// The benchmark reference: plain <c>[int32 length][payload]</c> frames echoed back (or, for length-prefixed
/// negative counts, swallowed), with no channel layer loaded at all.
/// </summary>
internal sealed class RawEchoBehaviour : IBehaviour
{
    public int Run(string[] args)
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        var buffer = new byte[1 << 20];
        var header = new byte[4];
        output.Write([0, 0, 0, 0]); // ready
        output.Flush();
        while (true)
        {
            if (!Fill(input, header, 4))
                return 0;
            var length = BitConverter.ToInt32(header);
            var reply = length >= 0;
            length = Math.Abs(length);
            if (!Fill(input, buffer, length))
                return 0;
            if (reply)
            {
                output.Write(header);
                output.Write(buffer, 0, length);
                output.Flush();
            }
        }
    }

    private static bool Fill(Stream input, byte[] buffer, int count)
    {
        var done = 0;
        while (done < count)
        {
            var read = input.Read(buffer, done, count - done);
            if (read == 0)
                return false;
            done += read;
        }
        return true;
    }
}
