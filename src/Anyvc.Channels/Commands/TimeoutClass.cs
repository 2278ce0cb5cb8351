namespace Anyvc.Channels.Commands;

/// <summary>
/// How long a call may take, relative to the client's call timeout (<c>ANYVC_CALL_TIMEOUT</c>, 60 s by default).
/// Past its deadline the child is killed and the call fails naming the command.
/// </summary>
public enum TimeoutClass
{
    /// <summary>Answered from memory without running a tool: the call timeout, at most 10 s.</summary>
    Quick,

    /// <summary>Runs a tool or reads a repository: the call timeout.</summary>
    Tool,

    /// <summary>Work that grows with the repository or the change (a commit, a whole diff): four call timeouts.</summary>
    Long,
}
