namespace Anyvc.Channels.Processes;

/// <summary>A tool could not be started, did not finish within its deadline, or failed; the message names the command line.</summary>
public sealed class ToolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ToolException(string message, Exception? inner = null) : base(message, inner) { }
}
