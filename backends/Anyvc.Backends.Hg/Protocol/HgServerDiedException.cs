namespace Anyvc.Backends.Hg.Protocol;

/// <summary>The command server exited during a command; the message names the command and hg's stderr.</summary>
internal sealed class HgServerDiedException(string message, Exception? inner) : AnyvcException(message, inner);
