namespace Anyvc.Channels.Commands;

/// <summary>A value on the wire is valid MessagePack but not the shape its codec expects; the message names the field.</summary>
public sealed class WireFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public WireFormatException(string field, string problem) : base(field.Length == 0 ? $"the value {problem}" : $"field '{field}' {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The field's path, e.g. <c>tree.revision</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it, e.g. <c>must be a string, not an integer</c>.</summary>
    public string Problem { get; }

    /// <summary>The same problem, with the field's path inside <paramref name="outer"/>.</summary>
    public WireFormatException Within(string outer) => new(Field.Length == 0 ? outer : $"{outer}.{Field}", Problem);
}
