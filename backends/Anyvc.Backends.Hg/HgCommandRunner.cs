using Anyvc.Backends.Hg.Protocol;

namespace Anyvc.Backends.Hg;

/// <summary>
/// The one place that runs hg commands and checks their results: every failure becomes an
/// <see cref="AnyvcException"/> naming the command, exit code and stderr; a missing revision or file becomes a
/// <see cref="NotFoundException"/>.
/// </summary>
internal sealed class HgCommandRunner(CommandServerClient client)
{
    /// <summary>Runs a command against the repository in <paramref name="repository"/> and returns its output as text.</summary>
    public string Text(string? repository, params string[] arguments)
    {
        var output = new MemoryStream();
        var result = Run(repository, arguments, output);
        return result.Encoding.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>Runs a command and returns its output bytes, unchanged (file content).</summary>
    public MemoryStream Bytes(string? repository, params string[] arguments)
    {
        var output = new MemoryStream();
        Run(repository, arguments, output);
        output.Position = 0;
        return output;
    }

    private CommandResult Run(string? repository, string[] arguments, Stream output)
    {
        // -R names the repository per command: one server serves every repository this child opens.
        var full = repository is null ? arguments : ["-R", repository, .. arguments];
        var result = client.Run(full, output);
        if (result.ExitCode == 0)
            return result;
        var message = $"'hg {CommandServerProcess.DescribeCommand(full)}' failed with exit code {result.ExitCode}: {result.Error.Trim()}";
        throw IsNotFound(result.Error) ? new NotFoundException(message) : new AnyvcException(message);
    }

    private static bool IsNotFound(string error) =>
        error.Contains("unknown revision", StringComparison.Ordinal)
        || error.Contains("no such file in rev", StringComparison.Ordinal)
        || error.Contains("filtered revision", StringComparison.Ordinal)
        || (error.Contains("repository ", StringComparison.Ordinal) && error.Contains(" not found", StringComparison.Ordinal));
}
