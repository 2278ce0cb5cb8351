using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;

namespace Anyvc.Channels;

/// <summary>What each side says first: its protocol version, pid, program name and free-form properties.</summary>
/// <param name="Version">The protocol version the sender speaks.</param>
/// <param name="ProcessId">The sender's process id.</param>
/// <param name="Program">The sender's program name.</param>
/// <param name="Properties">Anything else, e.g. a backend's name, tool and features; unknown keys are ignored.</param>
public sealed record Hello(int Version, int ProcessId, string Program, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The wire form, <c>[version, pid, program, properties]</c>.</summary>
    public object?[] ToWire() => [Version, ProcessId, Program, Properties];

    /// <summary>Parses a hello payload.</summary>
    /// <exception cref="ProtocolViolationException">The payload is not a hello.</exception>
    public static Hello FromWire(ReadOnlyMemory<byte> payload)
    {
        if (MsgPackValue.Decode(payload) is object?[] { Length: >= 4 } a && a[0] is long version && a[1] is long pid
            && a[2] is string program && a[3] is Dictionary<string, object?> properties)
            return new Hello((int)version, (int)pid, program, properties);
        throw new ProtocolViolationException("the hello must be [version, pid, program, {properties}]");
    }

    /// <summary>Throws a clear error unless <paramref name="peer"/> speaks our version.</summary>
    public static void EnsureCompatible(Hello peer, string peerRole)
    {
        if (peer.Version != Protocol.Version)
            throw new ProtocolViolationException(
                $"protocol version mismatch: this side speaks version {Protocol.Version}, the {peerRole} '{peer.Program}' (pid {peer.ProcessId}) speaks version {peer.Version}; rebuild both from the same source");
    }
}
