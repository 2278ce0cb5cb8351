namespace Anyvc.Channels.Commands;

/// <summary>A command whose arguments are a <typeparamref name="TArgs"/> and whose reply is a <typeparamref name="TResult"/>.</summary>
/// <param name="name">The name on the wire.</param>
/// <param name="mode">Posted or called.</param>
/// <param name="timeout">How long a call may take.</param>
/// <param name="arguments">The arguments' codec.</param>
/// <param name="result">The result's codec (a posted command's is never sent; use <see cref="Codecs.Nothing"/>).</param>
public sealed class Command<TArgs, TResult>(string name, CommandMode mode, TimeoutClass timeout, IWireCodec<TArgs> arguments, IWireCodec<TResult> result)
    : CommandDescriptor(name, mode, timeout)
{
    /// <summary>The arguments' codec.</summary>
    public IWireCodec<TArgs> Arguments { get; } = arguments;

    /// <summary>The result's codec.</summary>
    public IWireCodec<TResult> Result { get; } = result;

    /// <inheritdoc />
    public override string ArgumentShape => Arguments.Shape;

    /// <inheritdoc />
    public override string ResultShape => Mode == CommandMode.Posted ? "-" : Result.Shape;
}
