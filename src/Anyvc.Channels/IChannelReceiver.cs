using Anyvc.Channels.Errors;

namespace Anyvc.Channels;

/// <summary>Consumes a channel's frames as they arrive, on the reading thread, instead of queueing them.</summary>
internal interface IChannelReceiver
{
    /// <summary>One message; the payload is only valid during the call.</summary>
    void OnMessage(Channel channel, ReadOnlyMemory<byte> payload);

    /// <summary>A chunk of stream data; credit is granted after the call returns.</summary>
    void OnData(Channel channel, ReadOnlySpan<byte> data);

    /// <summary>The peer closed the channel, with an error or without.</summary>
    void OnClosed(Channel channel, RemoteErrorData? error);

    /// <summary>The whole connection died.</summary>
    void OnFailed(Channel channel, Exception reason);
}
