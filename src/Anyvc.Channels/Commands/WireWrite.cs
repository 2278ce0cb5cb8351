using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>Writes one value of <typeparamref name="T"/>: the write half of a codec.</summary>
public delegate void WireWrite<in T>(ref MessagePackWriter writer, T value);
