using MessagePack;

namespace Anyvc.Channels.Commands;

/// <summary>How one type crosses the wire: written and read with MessagePack directly, no resolvers, no type names.</summary>
/// <typeparam name="T">The type encoded.</typeparam>
public interface IWireCodec<T>
{
    /// <summary>The wire shape for people, e.g. <c>[message: str, author: str, time: Time?]</c>; the protocol page lists it.</summary>
    string Shape { get; }

    /// <summary>Writes <paramref name="value"/>.</summary>
    void Write(ref MessagePackWriter writer, T value);

    /// <summary>Reads one value.</summary>
    /// <exception cref="WireFormatException">The value has another shape; the message names the field.</exception>
    T Read(ref MessagePackReader reader);
}
