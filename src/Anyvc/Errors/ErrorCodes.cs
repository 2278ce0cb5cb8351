namespace Anyvc;

/// <summary>The stable error codes that cross the wire; each maps to one exception type on the client.</summary>
public static class ErrorCodes
{
    /// <summary>A revision, path or repository does not exist.</summary>
    public const string NotFound = "not-found";

    /// <summary>The backend lacks a feature the call needs.</summary>
    public const string NotSupported = "not-supported";

    /// <summary>A repository path is malformed or escapes the root.</summary>
    public const string InvalidPath = "invalid-path";

    /// <summary>The target of a create or rename exists already.</summary>
    public const string AlreadyExists = "already-exists";

    /// <summary>The version-control tool failed.</summary>
    public const string VcsFailure = "vcs-failure";
}
