using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Commands;

/// <summary>A command could not be run as sent: unknown command, unknown object id, bad argument.</summary>
/// <param name="code">The wire code, e.g. <c>unknown-id</c>.</param>
/// <param name="message">What was wrong, naming the command and the argument.</param>
public sealed class CommandException(string code, string message) : Exception(message), ICodedException
{
    /// <summary>Code for a command name the server does not know.</summary>
    public const string UnknownCommand = "unknown-command";

    /// <summary>Code for an object id the server holds no object for.</summary>
    public const string UnknownId = "unknown-id";

    /// <summary>Code for an argument of the wrong type or a missing one.</summary>
    public const string BadArgument = "bad-argument";

    /// <inheritdoc />
    public string Code { get; } = code;
}
