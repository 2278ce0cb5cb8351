namespace Anyvc.Channels.Commands;

/// <summary>
/// What both ends know of one command: its name, whether it is posted or called, how long a call may take, and (in
/// <see cref="Command{TArgs, TResult}"/>) the codecs of its arguments and result. A protocol is a set of these,
/// defined once and used by the client's proxies and the server's handlers alike.
/// </summary>
public abstract class CommandDescriptor
{
    private protected CommandDescriptor(string name, CommandMode mode, TimeoutClass timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Mode = mode;
        Timeout = timeout;
    }

    /// <summary>The name on the wire, e.g. <c>tx.begin</c>. Names starting with <c>$</c> are built-ins.</summary>
    public string Name { get; }

    /// <summary>Posted or called.</summary>
    public CommandMode Mode { get; }

    /// <summary>How long a call may take.</summary>
    public TimeoutClass Timeout { get; }

    /// <summary>What the command's target id names, for the protocol page (e.g. <c>repository</c>, or <c>-</c>).</summary>
    public string Target { get; init; } = "-";

    /// <summary>What the object bound under the result id is, for a command that creates one; otherwise <c>-</c>.</summary>
    public string Creates { get; init; } = "-";

    /// <summary>One line saying what the command does, for the protocol page.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The arguments' wire shape.</summary>
    public abstract string ArgumentShape { get; }

    /// <summary>The result's wire shape.</summary>
    public abstract string ResultShape { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
