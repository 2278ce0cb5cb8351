using Anyvc.Channels.Commands;

namespace Anyvc.Wire;

/// <summary>The stable error codes that cross the wire; <see cref="ErrorTable"/> maps each to one exception type.</summary>
public static class ErrorCodes
{
    /// <summary>A revision, path or repository does not exist.</summary>
    public const string NotFound = "not-found";

    /// <summary>The path exists as the other kind: a directory where a file was asked for, or the reverse.</summary>
    public const string WrongKind = "wrong-kind";

    /// <summary>The backend lacks a feature the call needs.</summary>
    public const string NotSupported = "not-supported";

    /// <summary>A repository path is malformed, escapes the root, or uses a name the backend reserves.</summary>
    public const string InvalidPath = "invalid-path";

    /// <summary>A branch name is malformed, or one that some backend cannot store.</summary>
    public const string InvalidName = "invalid-name";

    /// <summary>The target of a create or rename exists already.</summary>
    public const string AlreadyExists = "already-exists";

    /// <summary>The version-control tool failed.</summary>
    public const string VcsFailure = "vcs-failure";

    /// <summary>The backend died or stopped answering (raised on the client; never sent).</summary>
    public const string Crashed = "crashed";

    /// <summary>The backend broke the protocol or the command contract.</summary>
    public const string Protocol = "protocol";

    /// <summary>The backend does not know the command (an older or partial backend).</summary>
    public const string UnknownCommand = CommandException.UnknownCommand;

    /// <summary>A command named an object the backend does not hold (released, reset, or never created).</summary>
    public const string UnknownId = CommandException.UnknownId;

    /// <summary>A command's arguments did not fit its codec, or named an object of the wrong kind.</summary>
    public const string BadArgument = CommandException.BadArgument;
}
