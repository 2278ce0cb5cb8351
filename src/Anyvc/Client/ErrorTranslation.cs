using Anyvc.Channels.Errors;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// The one place that maps channel failures to Anyvc's public exceptions, for calls, posted commands, stream reads,
/// writes and closes alike. The message names the backend and what was being done.
/// </summary>
internal static class ErrorTranslation
{
    public static AnyvcException Translate(ChannelException error, string backend, string? operation)
    {
        var prefix = operation is null ? $"{backend}: " : $"{backend}: {operation}: ";
        return error switch
        {
            RemoteException remote => ErrorTable.Create(remote.Code, prefix + remote.Error.Message, remote),
            GatewayClosedException or CallTimeoutException => new BackendCrashedException(prefix + error.Message, error),
            ChannelClosedException => new BackendProtocolException($"{prefix}the backend stopped reading early: {error.Message}", error),
            FrameTooLargeException => new AnyvcException($"{prefix}{error.Message}; a message, a path or a reply must fit one frame", error),
            _ => new BackendProtocolException(prefix + error.Message, error),
        };
    }
}
