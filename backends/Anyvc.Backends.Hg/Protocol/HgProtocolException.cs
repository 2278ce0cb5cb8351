namespace Anyvc.Backends.Hg.Protocol;

/// <summary>The command server sent something the protocol does not allow; the server is killed and replaced.</summary>
internal sealed class HgProtocolException(string message) : AnyvcException(message);
