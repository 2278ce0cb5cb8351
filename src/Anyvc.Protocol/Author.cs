namespace Anyvc;

/// <summary>Parses and formats authors as <c>Name &lt;email&gt;</c> or a bare name.</summary>
public static class Author
{
    /// <summary>Splits <paramref name="author"/> into name and email (empty when absent).</summary>
    /// <exception cref="ArgumentException">The author is empty or malformed.</exception>
    public static (string Name, string Email) Parse(string author)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var text = author.Trim();
        var open = text.IndexOf('<');
        if (open < 0)
            return (text, "");
        if (!text.EndsWith('>') || text.IndexOf('>') != text.Length - 1)
            throw new ArgumentException($"author '{author}' must be 'Name <email>' or a bare name", nameof(author));
        var name = text[..open].Trim();
        var email = text[(open + 1)..^1].Trim();
        return (name.Length > 0 ? name : email, email);
    }

    /// <summary>Formats a name and email the way <see cref="Parse"/> reads them.</summary>
    public static string Format(string name, string email) => email.Length == 0 ? name : $"{name} <{email}>";
}
