using System.Security.Cryptography;

namespace Anyvc.Backends.Memory;

/// <summary>
/// The one file a memory repository leaves in its directory: a random token naming the repository in the memory of
/// the process that created it.
/// </summary>
internal static class RepositoryMarker
{
    public const string FileName = ".anyvc-memory";

    /// <summary>Writes a fresh token into <paramref name="directory"/>, which must not have a marker yet.</summary>
    public static string Create(string directory)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var marker = new FileStream(Path.Combine(directory, FileName), FileMode.CreateNew, FileAccess.Write);
        marker.Write(System.Text.Encoding.ASCII.GetBytes(token));
        return token;
    }

    /// <summary>The token in <paramref name="directory"/>.</summary>
    /// <exception cref="NotFoundException">The directory has no marker.</exception>
    public static string Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new NotFoundException($"no memory repository at '{directory}': it has no {FileName} marker file");
    }
}
