using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Commands;

/// <summary>Raised when a command uses an id whose creating command failed: it carries that original error.</summary>
internal sealed class PoisonedIdException(long id, RemoteErrorData original) : Exception($"object {id} was never created: {original.Message}")
{
    public long Id { get; } = id;

    public RemoteErrorData Original { get; } = original;
}
