using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;

namespace Anyvc.Channels;

/// <summary>
/// Holds a data channel the peer opened until a command claims it. The command comes before the data on the
/// pipe, so data arriving here means the command failed or never ran: the channel is closed with that error,
/// and a close from the peer is answered, so neither side keeps the channel forever.
/// </summary>
internal sealed class UnclaimedChannelReceiver : IChannelReceiver
{
    public static UnclaimedChannelReceiver Instance { get; } = new();

    public void OnMessage(Channel channel, ReadOnlyMemory<byte> payload) =>
        throw new ProtocolViolationException($"a message arrived on data channel {channel.Id}");

    public void OnData(Channel channel, ReadOnlySpan<byte> data) =>
        channel.Close(new RemoteErrorData(typeof(CommandException).FullName!, $"data channel {channel.Id} was not claimed by any command (the command that should use it failed or never ran)", "", CommandException.BadArgument));

    public void OnClosed(Channel channel, RemoteErrorData? error) => channel.Close();

    public void OnFailed(Channel channel, Exception reason) { }
}
