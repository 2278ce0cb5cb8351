namespace Anyvc.Channels.Commands;

/// <summary>Whether a command is sent and forgotten, or waited for.</summary>
public enum CommandMode
{
    /// <summary>Returns at once: no reply; a failure poisons the result id or fails the next call.</summary>
    Posted,

    /// <summary>Waits for the reply, within the deadline of its <see cref="TimeoutClass"/>.</summary>
    Call,
}
