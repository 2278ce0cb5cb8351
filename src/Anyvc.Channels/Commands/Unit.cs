namespace Anyvc.Channels.Commands;

/// <summary>No value: the argument of a command that takes none, the result of one that returns none.</summary>
public readonly record struct Unit
{
    /// <summary>The one value.</summary>
    public static Unit Value => default;
}
