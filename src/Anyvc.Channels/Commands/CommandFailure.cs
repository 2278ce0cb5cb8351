using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Commands;

/// <summary>A command that failed, and its error as it crosses the wire.</summary>
internal sealed record CommandFailure(string Command, RemoteErrorData Error);
