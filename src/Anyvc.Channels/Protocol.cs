namespace Anyvc.Channels;

/// <summary>Constants of the wire protocol shared by both ends.</summary>
public static class Protocol
{
    /// <summary>The protocol version this library speaks; the hello of each side carries it.</summary>
    public const int Version = 1;

    /// <summary>Bytes a receiver accepts on a channel before granting more credit.</summary>
    public const int InitialWindow = 1024 * 1024;

    /// <summary>Size of one <see cref="Framing.FrameKind.Data"/> chunk when a stream is sent.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>Bytes of unread messages a peer may leave queued on one connection; more is a protocol error.</summary>
    public const int MaxQueuedMessageBytes = 16 * 1024 * 1024;

    /// <summary>Channels a peer may hold open at once; more is a protocol error.</summary>
    public const int MaxPeerChannels = 1024;

    /// <summary>Service name of the command channel.</summary>
    public const string CommandService = "commands";

    /// <summary>Service name of a byte-stream channel that a command claims.</summary>
    public const string DataService = "data";
}
