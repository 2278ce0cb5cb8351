using Anyvc.Channels.Errors;
using Anyvc.Channels.Framing;
using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>Reading a command's envelope, running its typed handler and writing replies.</summary>
public sealed partial class CommandServer
{
    private static Envelope ReadEnvelope(ref MessagePackReader reader)
    {
        try
        {
            if (reader.NextMessagePackType == MessagePackType.Array && reader.ReadArrayHeader() == 5)
            {
                var callId = WireFields.Int64(ref reader, "callId");
                var command = WireFields.String(ref reader, "command");
                return new Envelope(callId, command, WireFields.Int64(ref reader, "targetId"), WireFields.Int64(ref reader, "resultId"));
            }
        }
        catch (Exception e) when (e is WireFormatException || MsgPackValue.IsDecodeFailure(e))
        {
            throw new ProtocolViolationException($"a command must be [callId, command, targetId, resultId, args]: {e.Message}", e);
        }
        throw new ProtocolViolationException("a command must be [callId, command, targetId, resultId, args]");
    }

    private static void ReplyError(Channel channel, long callId, RemoteErrorData error) =>
        channel.PostMessage((callId, error), static (ref MessagePackWriter writer, (long CallId, RemoteErrorData Error) reply) =>
        {
            writer.WriteArrayHeader(3);
            writer.Write(reply.CallId);
            writer.Write(false);
            reply.Error.Write(ref writer);
        });

    private readonly record struct Envelope(long CallId, string Command, long Target, long Result);

    /// <summary>One registered command: decodes its arguments, runs, and replies with its result codec.</summary>
    private abstract class Handler
    {
        public abstract void Run(ref MessagePackReader reader, CommandContext context, long callId, Channel channel);
    }

    private sealed class Handler<TArgs, TResult>(Command<TArgs, TResult> command, Func<CommandContext, TArgs, TResult> run) : Handler
    {
        public override void Run(ref MessagePackReader reader, CommandContext context, long callId, Channel channel)
        {
            var arguments = ReadArguments(ref reader);
            var result = run(context, arguments);
            if (callId == 0)
                return;
            try
            {
                channel.PostMessage((callId, result, command.Result), static (ref MessagePackWriter writer, (long CallId, TResult Value, IWireCodec<TResult> Codec) reply) =>
                {
                    writer.WriteArrayHeader(3);
                    writer.Write(reply.CallId);
                    writer.Write(true);
                    reply.Codec.Write(ref writer, reply.Value);
                });
            }
            catch (FrameTooLargeException e)
            {
                throw new FrameTooLargeException($"the reply to '{command.Name}' was not sent: {e.Message}");
            }
        }

        private TArgs ReadArguments(ref MessagePackReader reader)
        {
            try
            {
                var arguments = command.Arguments.Read(ref reader);
                if (!reader.End)
                    throw new WireFormatException("arguments", "are followed by trailing bytes");
                return arguments;
            }
            catch (WireFormatException e)
            {
                throw new CommandException(CommandException.BadArgument, $"command '{command.Name}' ({command.ArgumentShape}): {e.Message}");
            }
            catch (Exception e) when (MsgPackValue.IsDecodeFailure(e))
            {
                throw new ProtocolViolationException($"the arguments of command '{command.Name}' are not valid MessagePack: {e.Message}", e);
            }
        }
    }
}
