namespace Anyvc.Channels.Commands;

/// <summary>Commands every <see cref="CommandServer"/> serves, whatever else it registers.</summary>
public static class BuiltinCommands
{
    /// <summary>Does nothing and replies nil: a latency probe and a liveness check.</summary>
    public static Command<Unit, Unit> NoOp { get; } = new("$noop", CommandMode.Call, TimeoutClass.Quick, Codecs.NoArguments, Codecs.Nothing)
    {
        Summary = "does nothing; replies nil",
    };

    /// <summary>Drops every object, poisoned id and deferred error, for reusing a child between tests.</summary>
    public static Command<Unit, Unit> Reset { get; } = new("$reset", CommandMode.Call, TimeoutClass.Quick, Codecs.NoArguments, Codecs.Nothing)
    {
        Summary = "drops every object, poisoned id and deferred error (and the backend's own per-connection state)",
    };

    /// <summary>Drops the objects whose ids the arguments list.</summary>
    public static Command<IReadOnlyList<long>, Unit> Release { get; } = new("$release", CommandMode.Posted, TimeoutClass.Quick, Codecs.Int64List, Codecs.Nothing)
    {
        Summary = "drops the listed objects",
    };

    /// <summary>The built-ins, for protocol pages.</summary>
    public static IReadOnlyList<CommandDescriptor> All { get; } = [NoOp, Reset, Release];
}
