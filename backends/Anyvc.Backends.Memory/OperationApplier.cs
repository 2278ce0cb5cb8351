using Anyvc.Host;

namespace Anyvc.Backends.Memory;

/// <summary>
/// Applies a commit's ordered tree operations to the parent's tree, as svnmucc would: copies read the parent revision,
/// everything else the tree as changed so far, and an operation that does not apply cleanly is refused.
/// </summary>
internal static class OperationApplier
{
    public static DirectoryNode Apply(DirectoryNode? parent, IReadOnlyList<TreeOperation> operations)
    {
        var tree = parent ?? DirectoryNode.Empty;
        foreach (var operation in operations)
            tree = operation switch
            {
                RemoveOperation remove => Remove(tree, remove.Path),
                CopyOperation copy => Add(tree, copy.To, Source(parent, copy.From), $"copy of '{copy.From}' to"),
                MkdirOperation mkdir => Add(tree, mkdir.Path, DirectoryNode.Empty, "mkdir of"),
                PutOperation put => Put(tree, put),
                ExecutableOperation bit => SetExecutable(tree, bit),
                _ => throw new InvalidCommitRequestException($"unknown tree operation {operation}"),
            };
        return tree;
    }

    private static DirectoryNode Remove(DirectoryNode tree, string path)
    {
        RequireCanonical(path, "remove of");
        return tree.Find(path) is not null
            ? tree.Without(path)
            : throw new InvalidCommitRequestException($"remove of '{path}', which does not exist");
    }

    private static TreeNode Source(DirectoryNode? parent, string path)
    {
        RequireCanonical(path, "copy from");
        return parent?.Find(path) ?? throw new InvalidCommitRequestException($"copy from '{path}', which the parent revision does not have");
    }

    private static DirectoryNode Add(DirectoryNode tree, string path, TreeNode node, string operation)
    {
        RequireParentDirectory(tree, path, operation);
        return tree.Find(path) is null
            ? tree.With(path, node)
            : throw new InvalidCommitRequestException($"{operation} '{path}', which exists already");
    }

    private static DirectoryNode Put(DirectoryNode tree, PutOperation put)
    {
        RequireParentDirectory(tree, put.Path, "put of");
        return tree.Find(put.Path) is DirectoryNode
            ? throw new InvalidCommitRequestException($"put of '{put.Path}', which is a directory")
            : tree.With(put.Path, new FileNode(File.ReadAllBytes(put.ContentFile), put.Kind, put.Executable));
    }

    private static DirectoryNode SetExecutable(DirectoryNode tree, ExecutableOperation operation)
    {
        RequireCanonical(operation.Path, "executable bit of");
        return tree.Find(operation.Path) is FileNode { Kind: EntryKind.File } file
            ? tree.With(operation.Path, new FileNode(file.Content, EntryKind.File, operation.Executable))
            : throw new InvalidCommitRequestException($"executable bit of '{operation.Path}', which is not a file");
    }

    private static void RequireParentDirectory(DirectoryNode tree, string path, string operation)
    {
        RequireCanonical(path, operation);
        var parent = RepoPathSyntax.Parent(path)!;
        if (tree.Find(parent) is not DirectoryNode)
            throw new InvalidCommitRequestException($"{operation} '{path}', whose parent '{parent}' is not a directory");
    }

    /// <summary>Operations name non-root paths in canonical form; the root itself can be neither added nor removed.</summary>
    private static void RequireCanonical(string path, string operation)
    {
        if (path.Length == 0 || RepoPathSyntax.Normalize(path) != path)
            throw new InvalidCommitRequestException($"{operation} '{path}', which is not a canonical non-root path");
    }
}
