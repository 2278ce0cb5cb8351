namespace Anyvc.Backends.Svn;

/// <summary>Maps a failed Subversion call to Anyvc's small exception set, by the error codes svn prints (<c>svn: E160006: ...</c>).</summary>
internal static class SvnErrors
{
    /// <summary>
    /// Codes that mean "the revision or path you named does not exist": no such revision, path not found,
    /// URL does not exist, some targets do not exist, no location for the path in that revision.
    /// </summary>
    private static readonly string[] NotFoundCodes = ["E160006", "E160013", "E170000", "E200009", "E195012"];

    /// <summary>The exception for a call that exited with <paramref name="exitCode"/>.</summary>
    public static AnyvcException From(string commandLine, int exitCode, string stderr)
    {
        var message = $"svn backend: '{commandLine}' failed with exit code {exitCode}: {stderr.Trim()}";
        return NotFoundCodes.Any(code => stderr.Contains(code + ":", StringComparison.Ordinal))
            ? new NotFoundException(message)
            : new AnyvcException(message);
    }
}
