namespace Anyvc.Backends.Hg.Protocol;

/// <summary>
/// The channel byte that starts every frame the command server sends. Lowercase channels carry data the client
/// may ignore; uppercase channels are requests the client must answer.
/// </summary>
internal enum HgChannel : byte
{
    /// <summary>Command output (and the hello).</summary>
    Output = (byte)'o',

    /// <summary>Command error output.</summary>
    Error = (byte)'e',

    /// <summary>The result of a server command: for <c>runcommand</c>, a 4-byte signed big-endian exit code.</summary>
    Result = (byte)'r',

    /// <summary>Debug output.</summary>
    Debug = (byte)'d',

    /// <summary>Messages (when <c>ui.message-output=channel</c>).</summary>
    Message = (byte)'m',

    /// <summary>A request for up to N bytes of input; the frame's length field is the maximum, no data follows.</summary>
    Input = (byte)'I',

    /// <summary>A request for one line of input of up to N bytes.</summary>
    Line = (byte)'L',
}
