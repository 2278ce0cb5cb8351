using System.Text;

namespace Anyvc.Backends.Hg.Protocol;

/// <summary>What one <c>runcommand</c> produced.</summary>
/// <param name="ExitCode">hg's exit code (0 = success).</param>
/// <param name="Error">Everything hg wrote on the error channel, decoded.</param>
/// <param name="Encoding">The encoding the server announced, for decoding the command's output.</param>
internal sealed record CommandResult(int ExitCode, string Error, Encoding Encoding);
