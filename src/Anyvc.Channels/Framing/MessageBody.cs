using MessagePack;

namespace Anyvc.Channels.Framing;

/// <summary>Writes one message's MessagePack value straight into the outgoing frame, from <paramref name="state"/>.</summary>
/// <typeparam name="TState">What the body is written from; a struct or a static lambda's argument, so nothing is captured.</typeparam>
public delegate void MessageBody<in TState>(ref MessagePackWriter writer, TState state);
