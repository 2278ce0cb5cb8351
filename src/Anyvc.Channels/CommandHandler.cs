namespace Anyvc.Channels;

/// <summary>Runs one command in the child; the return value is the reply to a call (ignored for a posted command).</summary>
public delegate object? CommandHandler(CommandContext context);
