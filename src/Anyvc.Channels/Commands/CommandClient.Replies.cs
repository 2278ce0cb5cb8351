using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>Receiving replies: <c>[callId, ok, value]</c>, kept as bytes until the waiting caller decodes them.</summary>
public sealed partial class CommandClient
{
    void IChannelReceiver.OnMessage(Channel source, ReadOnlyMemory<byte> payload)
    {
        var reader = new MessagePackReader(payload);
        long callId;
        bool ok;
        try
        {
            WireFields.Record(ref reader, "reply", 3);
            callId = WireFields.Int64(ref reader, "callId");
            ok = WireFields.Boolean(ref reader, "ok");
        }
        catch (Exception e) when (e is WireFormatException || MsgPackValue.IsDecodeFailure(e))
        {
            throw new ProtocolViolationException($"a reply must be [callId, ok, value]: {e.Message}", e);
        }
        if (!pending.TryRemove(callId, out var call))
            return; // the call timed out and was abandoned
        if (ok)
            call.Reply = payload[(int)reader.Consumed..].ToArray();
        else
            call.Error = RemoteErrorData.Read(ref reader);
        call.Done = true;
    }

    void IChannelReceiver.OnData(Channel source, ReadOnlySpan<byte> data) =>
        throw new ProtocolViolationException($"stream data arrived on command channel {source.Id}");

    void IChannelReceiver.OnClosed(Channel source, RemoteErrorData? error) =>
        FailAll(new GatewayClosedException($"{gateway} closed the command channel{(error is null ? "" : ": " + error.Message)}"));

    void IChannelReceiver.OnFailed(Channel source, Exception reason) => FailAll(reason);

    private void FailAll(Exception reason)
    {
        foreach (var id in pending.Keys)
        {
            if (pending.TryRemove(id, out var call))
            {
                call.Failure = reason;
                call.Done = true;
            }
        }
    }

    /// <summary>A call waiting for its reply; whoever reads the reply fills it in, then sets <see cref="Done"/>.</summary>
    private sealed class PendingCall
    {
        private volatile bool done;

        public bool Done
        {
            get => done;
            set => done = value;
        }

        public byte[]? Reply { get; set; }
        public RemoteErrorData? Error { get; set; }
        public Exception? Failure { get; set; }
    }
}
