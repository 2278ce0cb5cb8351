using System.Globalization;

namespace Anyvc.Wire;

/// <summary>
/// The one rule for branch and tag names on every backend: what git's <c>check-ref-format</c> accepts for a branch, minus
/// what hg or svn cannot store or would read as something else (an all-digit name is a revision number there).
/// Names may contain <c>/</c>.
/// </summary>
public static class RefNames
{
    private const string Forbidden = " ~^:?*[\\";

    /// <summary>Throws unless <paramref name="name"/> is a valid name for a <paramref name="kind"/> (branch or tag).</summary>
    /// <exception cref="InvalidNameException">It is not; the message says which rule it breaks.</exception>
    public static void Check(string name, string kind = "branch")
    {
        if (Broken(name) is { } rule)
            throw new InvalidNameException($"'{name}' is not a valid {kind} name: {rule}");
    }

    /// <summary>Throws when <paramref name="name"/> and one of <paramref name="existing"/> nest (<c>a</c> and <c>a/b</c>).</summary>
    /// <exception cref="AlreadyExistsException">They do; the message names the other one.</exception>
    public static void CheckNesting(string name, string kind, IEnumerable<string> existing)
    {
        if (existing.FirstOrDefault(other => other.StartsWith(name + "/", StringComparison.Ordinal) || name.StartsWith(other + "/", StringComparison.Ordinal)) is { } clash)
            throw new AlreadyExistsException($"{kind} '{name}' cannot exist beside {kind} '{clash}': one name lies inside the other, which git and svn cannot store; delete '{clash}' or choose another name");
    }

    private static string? Broken(string name)
    {
        if (name.Length == 0)
            return "it is empty";
        if (name.Any(c => char.IsControl(c) || Forbidden.Contains(c) || char.IsWhiteSpace(c)))
            return $"it holds a space, a control character or one of {Forbidden.Trim()}";
        if (name.StartsWith('/') || name.EndsWith('/') || name.Contains("//", StringComparison.Ordinal))
            return "it starts or ends with '/' or has an empty segment";
        if (name.Split('/').Any(segment => segment.StartsWith('.') || segment.EndsWith(".lock", StringComparison.Ordinal)))
            return "a segment starts with '.' or ends with '.lock'";
        if (name.Contains("..", StringComparison.Ordinal) || name.Contains("@{", StringComparison.Ordinal) || name.EndsWith('.') || name.StartsWith('-'))
            return "it holds '..' or '@{', ends with '.' or starts with '-'";
        if (name is "HEAD" or "@" or "tip" or "null")
            return "the name is reserved for revision names";
        if (name.Length == 40 && name.All(char.IsAsciiHexDigit))
            return "it reads as a full revision id";
        if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _) || (name[0] is 'r' && name.Length > 1 && name[1..].All(char.IsAsciiDigit)))
            return "it reads as a revision number";
        return null;
    }
}
