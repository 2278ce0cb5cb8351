using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// A transaction's tree: a copy-on-write view of the parent revision's tree plus the changes so far. Directories
/// load from the parent only when a change or a read reaches into them; every node remembers the parent-tree path
/// it came from, which is how renames are told apart from delete + add when the commit is built.
/// </summary>
internal sealed partial class StagedTree : IVcsTree
{
    private readonly IVcsTree? parent;
    private readonly Node root;
    private readonly List<string> vacated = [];

    public StagedTree(IVcsTree? parent)
    {
        this.parent = parent;
        root = new Node(EntryKind.Directory, parent is null ? null : "");
    }

    public EntryKind Stat(string path) => Find(path)?.Kind ?? EntryKind.None;

    public IReadOnlyList<TreeEntry> List(string path)
    {
        var node = Find(path);
        if (node?.Kind != EntryKind.Directory)
            throw new NotFoundException($"'{path}' is not a directory in the transaction");
        // Sizes of files still as in the parent come from the parent's listing of their old directory, once per directory.
        var parentListings = new Dictionary<string, IReadOnlyList<TreeEntry>>(StringComparer.Ordinal);
        return ChildrenOf(node).Select(child => new TreeEntry(child.Key, child.Value.Kind, SizeOf(child.Value, parentListings),
            child.Value.Kind == EntryKind.File && child.Value.Executable)).ToList();
    }

    public Stream OpenRead(string path)
    {
        var node = Find(path);
        if (node?.Kind is not (EntryKind.File or EntryKind.Symlink))
            throw new NotFoundException($"'{path}' is not a file in the transaction");
        return node.Content is not null
            ? new FileStream(node.Content, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)
            : parent!.OpenRead(node.Origin!);
    }

    /// <summary>Stages a file's content; a file keeps its executable bit, a symbolic link written to becomes a file.</summary>
    public void Write(string path, string contentFile) => Put(path, contentFile, EntryKind.File);

    /// <summary>Stages a symbolic link whose target is <paramref name="targetFile"/>'s content.</summary>
    public void Symlink(string path, string targetFile) => Put(path, targetFile, EntryKind.Symlink);

    public void SetExecutable(string path, bool executable)
    {
        var node = Find(path);
        if (node?.Kind != EntryKind.File)
            throw node is null
                ? new NotFoundException($"cannot set the executable bit of '{path}': it does not exist")
                : new WrongKindException($"cannot set the executable bit of '{path}': it is a {Describe(node.Kind)}, not a file");
        node.Executable = executable;
    }

    private void Put(string path, string contentFile, EntryKind kind)
    {
        RejectRoot(path, "written");
        CheckDirectoryPossible(RepoPathSyntax.Parent(path)!, path);
        var children = ChildrenOf(DirectoryFor(RepoPathSyntax.Parent(path)!));
        var name = RepoPathSyntax.Name(path);
        children.TryGetValue(name, out var existing);
        if (existing?.Kind == EntryKind.Directory)
            throw new AlreadyExistsException($"'{path}' is a directory; remove it before writing a {Describe(kind)} there");
        children[name] = new Node(kind, existing?.Origin)
        {
            Content = contentFile,
            Executable = kind == EntryKind.File && existing is { Kind: EntryKind.File, Executable: true },
            OriginalExecutable = existing?.OriginalExecutable ?? false,
        };
    }

    private static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Symlink => "symbolic link",
        EntryKind.Directory => "directory",
        _ => "file",
    };

    public void Mkdir(string path)
    {
        CheckDirectoryPossible(path, path);
        DirectoryFor(path);
    }

    public void Rename(string from, string to)
    {
        RejectRoot(from, "renamed");
        RejectRoot(to, "replaced by a rename");
        if (to == from || to.StartsWith(from + "/", StringComparison.Ordinal))
            throw new InvalidRepoPathException($"cannot rename '{from}' into itself ('{to}')");
        var node = Find(from) ?? throw new NotFoundException($"cannot rename '{from}': it does not exist");
        if (Find(to) is not null)
            throw new AlreadyExistsException($"cannot rename '{from}' to '{to}': the target exists");
        CheckDirectoryPossible(RepoPathSyntax.Parent(to)!, to);
        ChildrenOf(Find(RepoPathSyntax.Parent(from)!)!).Remove(RepoPathSyntax.Name(from));
        ChildrenOf(DirectoryFor(RepoPathSyntax.Parent(to)!))[RepoPathSyntax.Name(to)] = node;
    }

    /// <summary>Copies a file, link or directory; the copy remembers where its content came from, the source stays.</summary>
    public void Copy(string from, string to)
    {
        RejectRoot(from, "copied");
        RejectRoot(to, "replaced by a copy");
        if (to == from || to.StartsWith(from + "/", StringComparison.Ordinal))
            throw new InvalidRepoPathException($"cannot copy '{from}' into itself ('{to}')");
        var node = Find(from) ?? throw new NotFoundException($"cannot copy '{from}': it does not exist");
        if (Find(to) is not null)
            throw new AlreadyExistsException($"cannot copy '{from}' to '{to}': the target exists");
        CheckDirectoryPossible(RepoPathSyntax.Parent(to)!, to);
        ChildrenOf(DirectoryFor(RepoPathSyntax.Parent(to)!))[RepoPathSyntax.Name(to)] = Clone(node);
    }

    /// <summary>A copy that shares nothing mutable with <paramref name="node"/>: a change to either stays its own.</summary>
    private Node Clone(Node node) => new(node.Kind, node.Origin)
    {
        Content = node.Content,
        Executable = node.Executable,
        OriginalExecutable = node.OriginalExecutable,
        Children = node.Children is null ? null
            : new SortedDictionary<string, Node>(node.Children.ToDictionary(child => child.Key, child => Clone(child.Value)), StringComparer.Ordinal),
    };

    public void Remove(string path)
    {
        RejectRoot(path, "removed");
        var node = Find(path) ?? throw new NotFoundException($"cannot remove '{path}': it does not exist");
        ChildrenOf(Find(RepoPathSyntax.Parent(path)!)!).Remove(RepoPathSyntax.Name(path));
        CollectVacated(node, implied: null);
    }

    private void CollectVacated(Node node, string? implied)
    {
        if (node.Origin is not null && node.Origin != implied)
            vacated.Add(node.Origin);
        if (node.Children is not null)
            foreach (var (name, child) in node.Children)
                CollectVacated(child, node.Origin is null ? null : Join(node.Origin, name));
    }

    /// <summary>
    /// Throws unless <paramref name="directory"/> exists as a directory or can be created (no prefix is a file),
    /// so a failing change never leaves the tree half-changed.
    /// </summary>
    private void CheckDirectoryPossible(string directory, string changing)
    {
        var node = root;
        var walked = "";
        foreach (var segment in directory.Length == 0 ? [] : directory.Split('/'))
        {
            walked = Join(walked, segment);
            if (!ChildrenOf(node).TryGetValue(segment, out var next))
                return;
            if (next.Kind != EntryKind.Directory)
                throw new AlreadyExistsException($"cannot change '{changing}': '{walked}' is a {Describe(next.Kind)}");
            node = next;
        }
    }

    private Node? Find(string path)
    {
        var node = root;
        if (path.Length == 0)
            return node;
        foreach (var segment in path.Split('/'))
        {
            if (node.Kind != EntryKind.Directory || !ChildrenOf(node).TryGetValue(segment, out var next))
                return null;
            node = next;
        }
        return node;
    }

    private Node DirectoryFor(string path)
    {
        var node = root;
        if (path.Length == 0)
            return node;
        var walked = "";
        foreach (var segment in path.Split('/'))
        {
            walked = Join(walked, segment);
            var children = ChildrenOf(node);
            if (!children.TryGetValue(segment, out var next))
                children[segment] = next = new Node(EntryKind.Directory, null) { Children = new(StringComparer.Ordinal) };
            else if (next.Kind != EntryKind.Directory)
                throw new AlreadyExistsException($"'{walked}' is a {Describe(next.Kind)}, so '{path}' cannot be a directory");
            node = next;
        }
        return node;
    }

    private SortedDictionary<string, Node> ChildrenOf(Node directory)
    {
        if (directory.Children is null)
        {
            directory.Children = new(StringComparer.Ordinal);
            if (directory.Origin is not null && parent is not null)
                foreach (var entry in parent.ListWithoutSizes(directory.Origin))
                    directory.Children[entry.Name] = new Node(entry.Kind, Join(directory.Origin, entry.Name))
                    {
                        Executable = entry.Executable,
                        OriginalExecutable = entry.Executable,
                    };
        }
        return directory.Children;
    }

    private long? SizeOf(Node node, Dictionary<string, IReadOnlyList<TreeEntry>> parentListings)
    {
        if (node.Kind == EntryKind.Directory)
            return null;
        if (node.Content is not null)
            return new FileInfo(node.Content).Length;
        var directory = RepoPathSyntax.Parent(node.Origin!)!;
        if (!parentListings.TryGetValue(directory, out var entries))
            parentListings[directory] = entries = parent!.List(directory);
        var name = RepoPathSyntax.Name(node.Origin!);
        return entries.First(entry => entry.Name == name).Size;
    }

    private static void RejectRoot(string path, string what)
    {
        if (path.Length == 0)
            throw new InvalidRepoPathException($"the root cannot be {what}");
    }

    private static string Join(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;

    private sealed class Node(EntryKind kind, string? origin)
    {
        public EntryKind Kind { get; } = kind;

        /// <summary>The parent-tree path this node's content came from; null for new nodes.</summary>
        public string? Origin { get; } = origin;

        /// <summary>A staged file (or a link's target) with new content.</summary>
        public string? Content { get; init; }

        /// <summary>A file's executable bit as staged.</summary>
        public bool Executable { get; set; }

        /// <summary>The executable bit at <see cref="Origin"/> in the parent tree.</summary>
        public bool OriginalExecutable { get; init; }

        /// <summary>A directory's entries; null until loaded from <see cref="Origin"/>.</summary>
        public SortedDictionary<string, Node>? Children { get; set; }
    }
}
