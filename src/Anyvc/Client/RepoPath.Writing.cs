using System.Text;
using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>The writing half of <see cref="RepoPath"/>: only inside a transaction; every call is posted.</summary>
public sealed partial class RepoPath
{
    /// <summary>Replaces the file's content (creating it and its parent directories).</summary>
    public void WriteAllBytes(ReadOnlySpan<byte> content)
    {
        using var stream = OpenWrite();
        stream.Write(content);
    }

    /// <summary>Replaces the file's content with UTF-8 text.</summary>
    public void WriteAllText(string content) => WriteAllBytes(Encoding.UTF8.GetBytes(content));

    /// <summary>Creates this directory (and its parents).</summary>
    public void Mkdir() => Post(RepositoryProtocol.Mkdir, Path, allowRoot: true);

    /// <summary>Renames this file or directory to <paramref name="to"/> (a path from the root); returns the new path.</summary>
    public RepoPath Rename(string to)
    {
        var target = RepoPathSyntax.Normalize(to, tree.Connection.Info.ReservedNames);
        Post(RepositoryProtocol.Rename, new RenameRequest(Given, RepoPathSyntax.NamesDirectory(to) ? target + "/" : target));
        return new RepoPath(tree, target, RepoPathSyntax.NamesDirectory(to));
    }

    /// <summary>
    /// Copies this file or directory to <paramref name="to"/> (a path from the root) and returns the copy's path; this
    /// one stays. Backends with <see cref="Feature.Copies"/> record where the copy came from.
    /// </summary>
    public RepoPath CopyTo(string to)
    {
        var target = RepoPathSyntax.Normalize(to, tree.Connection.Info.ReservedNames);
        Post(RepositoryProtocol.Copy, new RenameRequest(Given, RepoPathSyntax.NamesDirectory(to) ? target + "/" : target));
        return new RepoPath(tree, target, RepoPathSyntax.NamesDirectory(to));
    }

    /// <summary>Removes this file or directory (recursively).</summary>
    public void Remove() => Post(RepositoryProtocol.Remove, Given);

    private Stream OpenWrite()
    {
        EnsureWritable();
        if (namedAsDirectory)
            throw new InvalidRepoPathException($"{tree.Describe()}: cannot write '{Given}': a path ending in '/' names a directory; name the file without the '/'");
        var channel = tree.Connection.OpenDataChannel();
        tree.Connection.Post(RepositoryProtocol.Write, tree.TargetId, 0, new WriteRequest(Path, channel.Id));
        return new RemoteStream(channel.AsStream(), tree.Connection, $"writing '{Path}'");
    }

    private void Post<TArgs>(Command<TArgs, Unit> command, TArgs arguments, bool allowRoot = false)
    {
        EnsureWritable();
        if (Path.Length == 0 && !allowRoot)
            throw new InvalidRepoPathException($"{tree.Describe()}: the root cannot be renamed or removed");
        tree.Connection.Post(command, tree.TargetId, 0, arguments);
    }

    private void EnsureWritable()
    {
        if (!tree.IsWritable)
            throw new FeatureNotSupportedException($"{tree.Describe()} is read-only: change '{Path}' inside a transaction");
    }
}
