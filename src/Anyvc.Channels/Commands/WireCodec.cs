using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>A codec made of its shape and its two halves; <see cref="Codecs"/> builds the common ones.</summary>
/// <param name="shape">The wire shape for people (see <see cref="IWireCodec{T}.Shape"/>).</param>
/// <param name="write">Writes a value.</param>
/// <param name="read">Reads a value; throws <see cref="WireFormatException"/> on another shape.</param>
public sealed class WireCodec<T>(string shape, WireWrite<T> write, WireRead<T> read) : IWireCodec<T>
{
    /// <inheritdoc />
    public string Shape { get; } = shape;

    /// <inheritdoc />
    public void Write(ref MessagePackWriter writer, T value) => write(ref writer, value);

    /// <inheritdoc />
    public T Read(ref MessagePackReader reader) => read(ref reader);

    /// <inheritdoc />
    public override string ToString() => Shape;
}
