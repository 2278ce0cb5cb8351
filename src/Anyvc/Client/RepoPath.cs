using Anyvc.Wire;

namespace Anyvc;

/// <summary>
/// A path inside a revision's tree (read-only) or a transaction's tree (writable). Joining is local and free;
/// reading waits for the backend; writing in a transaction is posted and returns at once.
/// </summary>
public sealed partial class RepoPath
{
    private readonly ITreeAccess tree;

    // A path given with a trailing '/' names a directory; the backend hears it that way, so reading it as a file fails.
    private readonly bool namedAsDirectory;

    // The entry a listing returned for this path, so its size costs nothing more.
    private readonly TreeEntry? listed;

    internal RepoPath(ITreeAccess tree, string path, bool namedAsDirectory = false, TreeEntry? listed = null)
    {
        this.tree = tree;
        Path = path;
        this.namedAsDirectory = namedAsDirectory && path.Length > 0;
        this.listed = listed;
    }

    /// <summary>The repository-relative path with <c>/</c> separators; <c>""</c> is the root.</summary>
    public string Path { get; }

    /// <summary>The last segment; <c>""</c> for the root.</summary>
    public string Name => RepoPathSyntax.Name(Path);

    /// <summary>The parent directory, or null for the root.</summary>
    public RepoPath? Parent => RepoPathSyntax.Parent(Path) is { } parent ? new RepoPath(tree, parent) : null;

    /// <summary>A path below this one; a trailing <c>/</c> makes it name a directory, which cannot be read or written as a file.</summary>
    /// <exception cref="InvalidRepoPathException">The relative path escapes the root, is absolute, or is malformed.</exception>
    public RepoPath Join(string relative) =>
        new(tree, RepoPathSyntax.Join(Path, relative, tree.Connection.Info.ReservedNames), RepoPathSyntax.NamesDirectory(relative));

    /// <summary>True when something exists at this path.</summary>
    public bool Exists => Kind != EntryKind.None;

    /// <summary>True when this path is a file.</summary>
    public bool IsFile => Kind == EntryKind.File;

    /// <summary>True when this path is a directory (the root always is).</summary>
    public bool IsDir => Kind == EntryKind.Directory;

    /// <summary>What this path names, asked of the backend (none for a file named with a trailing <c>/</c>).</summary>
    public EntryKind Kind => tree.Connection.Call(RepositoryProtocol.Stat, tree.TargetId, new TreePathRequest(tree.Tree, Given));

    /// <summary>The entries of this directory, sorted by name.</summary>
    /// <exception cref="WrongKindException">This path is a file.</exception>
    /// <exception cref="NotFoundException">Nothing exists at this path.</exception>
    public IReadOnlyList<RepoPath> List() =>
        tree.Connection.Call(RepositoryProtocol.List, tree.TargetId, new TreePathRequest(tree.Tree, Given))
            .Select(entry => new RepoPath(tree, RepoPathSyntax.Join(Path, entry.Name), listed: entry))
            .ToList();

    /// <summary>
    /// The file's size in bytes; null for a directory. Known at once for a path that <see cref="List"/> returned,
    /// otherwise read from its parent's listing.
    /// </summary>
    /// <exception cref="NotFoundException">Nothing exists at this path.</exception>
    public long? Size
    {
        get
        {
            if (listed is { } entry)
                return entry.Size;
            if (Parent is not { } parent)
                return null;
            var match = parent.List().FirstOrDefault(child => child.Name == Name)
                ?? throw new NotFoundException($"{tree.Describe()}: no '{Path}'");
            return namedAsDirectory && match.listed?.Kind == EntryKind.File
                ? throw new NotFoundException($"{tree.Describe()}: '{Given}' names a directory, but '{Path}' is a file")
                : match.Size;
        }
    }

    /// <summary>
    /// Opens the file: <see cref="FileMode.Open"/> reads (content streams back in chunks); <see cref="FileMode.Create"/>,
    /// <see cref="FileMode.CreateNew"/>, <see cref="FileMode.Truncate"/> or <see cref="FileMode.OpenOrCreate"/> write
    /// new content (only in a transaction; bytes stream to the backend as they are written).
    /// </summary>
    public Stream Open(FileMode mode) => mode switch
    {
        FileMode.Open => OpenRead(),
        FileMode.Create or FileMode.CreateNew or FileMode.Truncate or FileMode.OpenOrCreate => OpenWrite(),
        _ => throw new FeatureNotSupportedException($"{tree.Describe()}: opening '{Path}' with {mode} is not supported; write whole new content with FileMode.Create"),
    };

    /// <summary>The whole content of the file.</summary>
    /// <exception cref="WrongKindException">This path is a directory, or was named with a trailing <c>/</c>.</exception>
    /// <exception cref="NotFoundException">Nothing exists at this path.</exception>
    public byte[] ReadAllBytes()
    {
        using var stream = OpenRead();
        var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }

    /// <summary>The whole content of the file, decoded as UTF-8.</summary>
    public string ReadAllText() => System.Text.Encoding.UTF8.GetString(ReadAllBytes());

    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? "/" : Given;

    /// <summary>The path as the caller named it: with its trailing <c>/</c> when it names a directory.</summary>
    private string Given => namedAsDirectory ? Path + "/" : Path;

    private Stream OpenRead()
    {
        var channel = tree.Connection.OpenDataChannel();
        try
        {
            tree.Connection.Call(RepositoryProtocol.Read, tree.TargetId, new TreeReadRequest(tree.Tree, Given, channel.Id));
        }
        catch
        {
            channel.Close();
            throw;
        }
        return new RemoteStream(channel.AsStream(), tree.Connection, $"reading '{Path}'");
    }
}
