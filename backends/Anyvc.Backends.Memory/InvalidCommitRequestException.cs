namespace Anyvc.Backends.Memory;

/// <summary>
/// The host sent a commit that breaks the <see cref="Anyvc.Host.CommitRequest"/> contract. Other backends might absorb
/// it silently and disagree with each other; the reference backend refuses it so the host bug is seen.
/// </summary>
internal sealed class InvalidCommitRequestException(string reason)
    : AnyvcException($"memory backend: the host sent an invalid commit request: {reason}");
