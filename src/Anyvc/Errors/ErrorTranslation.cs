using Anyvc.Channels;

namespace Anyvc;

/// <summary>The one place that maps channel-level failures to Anyvc's public exceptions.</summary>
internal static class ErrorTranslation
{
    public static Exception Translate(Exception error, string backend) => error switch
    {
        RemoteException remote => FromCode(remote.Code, $"{backend}: {remote.Error.Message}", remote),
        GatewayClosedException or CallTimeoutException => new BackendCrashedException($"{backend} backend: {error.Message}", error),
        ProtocolViolationException => new BackendProtocolException($"{backend} backend: {error.Message}", error),
        _ => error,
    };

    private static AnyvcException FromCode(string code, string message, Exception inner) => code switch
    {
        ErrorCodes.NotFound => new NotFoundException(message, inner),
        ErrorCodes.NotSupported => new FeatureNotSupportedException(message, inner),
        ErrorCodes.InvalidPath => new InvalidRepoPathException(message, inner),
        ErrorCodes.AlreadyExists => new AlreadyExistsException(message, inner),
        _ => new AnyvcException(message, inner),
    };
}
