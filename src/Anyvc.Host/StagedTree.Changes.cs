namespace Anyvc.Host;

/// <summary>Turning the staged tree into the two views of a commit (tree operations, final file states).</summary>
internal sealed partial class StagedTree
{
    public (IReadOnlyList<TreeOperation> Operations, IReadOnlyList<FileChange> Files, IReadOnlyList<string> RemovedFiles) Changes()
    {
        var operations = new List<TreeOperation>();
        var files = new List<FileChange>();
        var copySources = new List<string>();
        Walk(root, "", implied: parent is null ? null : "", operations, files, copySources);

        // Every parent-tree path that is gone from its place goes first, outermost only. A copy's source that is still
        // in place is no removal, but something removed inside it is.
        var removed = vacated.Concat(copySources).Where(p => p.Length > 0).Distinct()
            .Where(p => Stat(p) == EntryKind.None || Find(p)!.Origin != p)
            .Order(StringComparer.Ordinal).ToList();
        var outermost = removed.Where(p => !removed.Any(other => p.StartsWith(other + "/", StringComparison.Ordinal))).ToList();
        operations.InsertRange(0, outermost.Select(p => new RemoveOperation(p)));

        var changed = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removedFiles = outermost.SelectMany(BaseFiles).Select(file => file.Path).Where(p => !changed.Contains(p) && Stat(p) is not (EntryKind.File or EntryKind.Symlink)).Distinct().Order(StringComparer.Ordinal).ToList();
        return (operations, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), removedFiles);
    }

    private void Walk(Node node, string path, string? implied, List<TreeOperation> operations, List<FileChange> files, List<string> copySources)
    {
        var copied = node.Origin is not null && node.Origin != implied;
        var relocated = node.Origin is not null && node.Origin != path;
        if (copied && path.Length > 0)
        {
            operations.Add(new CopyOperation(node.Origin!, path));
            copySources.Add(node.Origin!);
        }
        if (node.Kind is EntryKind.File or EntryKind.Symlink)
        {
            var executable = node.Kind == EntryKind.File && node.Executable;
            if (node.Content is not null)
            {
                operations.Add(new PutOperation(path, node.Content) { Kind = node.Kind, Executable = executable });
                files.Add(new FileChange(path, node.Content, null, relocated ? node.Origin : null) { Kind = node.Kind, Executable = executable });
                return;
            }
            var bitChanged = node.Kind == EntryKind.File && node.Executable != node.OriginalExecutable;
            if (relocated || bitChanged)
                files.Add(new FileChange(path, null, node.Origin, relocated ? node.Origin : null) { Kind = node.Kind, Executable = executable });
            if (bitChanged)
                operations.Add(new ExecutableOperation(path, executable));
            return;
        }
        if (node.Origin is null && path.Length > 0)
            operations.Add(new MkdirOperation(path));
        if (node.Children is null)
        {
            if (relocated)
                files.AddRange(BaseFiles(node.Origin!).Select(source => new FileChange(path + source.Path[node.Origin!.Length..], null, source.Path, source.Path)
                {
                    Kind = source.Kind,
                    Executable = source.Executable,
                }));
            return;
        }
        // Any directory whose content came from elsewhere (copied itself, or inside a copy) arrives whole.
        if (relocated && path.Length > 0)
            PruneCopy(node, path, operations);
        foreach (var (name, child) in node.Children)
            Walk(child, Join(path, name), node.Origin is null ? null : Join(node.Origin, name), operations, files, copySources);
    }

    /// <summary>A copy brings the whole parent-tree directory: remove what the transaction took out of it, at any depth.</summary>
    private void PruneCopy(Node node, string path, List<TreeOperation> operations)
    {
        foreach (var entry in parent!.ListWithoutSizes(node.Origin!))
        {
            var expected = Join(node.Origin!, entry.Name);
            if (!node.Children!.TryGetValue(entry.Name, out var child) || child.Origin != expected)
                operations.Add(new RemoveOperation(Join(path, entry.Name)));
        }
    }

    /// <summary>The files and links of the parent tree at or below <paramref name="path"/>, with their kinds and bits.</summary>
    private IEnumerable<(string Path, EntryKind Kind, bool Executable)> BaseFiles(string path)
    {
        if (parent is null)
            yield break;
        switch (parent.Stat(path))
        {
            case var kind and (EntryKind.File or EntryKind.Symlink):
                yield return (path, kind, parent.ListWithoutSizes(RepoPathSyntax.Parent(path)!).Any(e => e.Name == RepoPathSyntax.Name(path) && e.Executable));
                break;
            case EntryKind.Directory:
                foreach (var entry in parent.ListWithoutSizes(path))
                {
                    if (entry.Kind is EntryKind.File or EntryKind.Symlink)
                        yield return (Join(path, entry.Name), entry.Kind, entry.Executable);
                    else
                        foreach (var file in BaseFiles(Join(path, entry.Name)))
                            yield return file;
                }
                break;
        }
    }
}
