namespace Anyvc.Channels.Commands;

/// <summary>Raised when a command uses an id whose creating command failed: it carries that command and its original error.</summary>
internal sealed class PoisonedIdException(long id, CommandFailure origin) : Exception($"object {id} was never created: {origin.Error.Message}")
{
    public long Id { get; } = id;

    /// <summary>The command that should have created the object, and why it failed.</summary>
    public CommandFailure Origin { get; } = origin;
}
