using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>Reads one value of <typeparamref name="T"/>: the read half of a codec.</summary>
public delegate T WireRead<out T>(ref MessagePackReader reader);
