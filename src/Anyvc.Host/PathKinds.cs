using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>
/// What a path's kind means for the tree commands, the same for every backend: a path given with a trailing <c>/</c>
/// names a directory, and a backend's not-found that is really the other kind becomes a
/// <see cref="WrongKindException"/>. The kind is asked only after the backend failed or for a <c>/</c> path, so a read
/// that works costs nothing more.
/// </summary>
internal static class PathKinds
{
    /// <summary>The kind at <paramref name="path"/>; none for a file named with a trailing <c>/</c>.</summary>
    public static EntryKind Stat(IVcsTree tree, string given, string path)
    {
        var kind = tree.Stat(path);
        return RepoPathSyntax.NamesDirectory(given) && kind != EntryKind.Directory ? EntryKind.None : kind;
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/>, telling a directory apart from a missing path. A symbolic link is not
    /// followed (its target may lie anywhere): reading one as a file is the wrong kind.
    /// </summary>
    public static Stream OpenRead(IVcsTree tree, TreeRef where, string given, string path, bool symlinks)
    {
        if (symlinks && tree.Stat(path) == EntryKind.Symlink)
            throw new WrongKindException($"'{path}' is a symbolic link in the {where}, not a file; read its target with ReadLink (Anyvc never follows links)");
        if (RepoPathSyntax.NamesDirectory(given))
            throw tree.Stat(path) switch
            {
                EntryKind.Directory => new WrongKindException($"'{path}' is a directory in the {where}, not a file"),
                EntryKind.File => new WrongKindException($"'{given}' ends in '/', which names a directory, but '{path}' is a file in the {where}: read it as '{path}'"),
                _ => new NotFoundException($"no directory '{given}' in the {where}"),
            };
        try
        {
            return tree.OpenRead(path);
        }
        catch (NotFoundException e) when (e is not WrongKindException && tree.Stat(path) == EntryKind.Directory)
        {
            throw new WrongKindException($"'{path}' is a directory in the {where}, not a file", e);
        }
    }

    /// <summary>The entries of the directory at <paramref name="path"/>, telling a file apart from a missing path.</summary>
    public static IReadOnlyList<TreeEntry> List(IVcsTree tree, TreeRef where, string path)
    {
        try
        {
            return tree.List(path);
        }
        catch (NotFoundException e) when (e is not WrongKindException && tree.Stat(path) is EntryKind.File or EntryKind.Symlink)
        {
            throw new WrongKindException($"'{path}' is a {(tree.Stat(path) == EntryKind.File ? "file" : "symbolic link")} in the {where}, not a directory", e);
        }
    }

    /// <summary>The target of the symbolic link at <paramref name="path"/>.</summary>
    public static string ReadLink(IVcsTree tree, TreeRef where, string path)
    {
        switch (tree.Stat(path))
        {
            case EntryKind.Symlink:
                using (var target = new StreamReader(tree.OpenRead(path), System.Text.Encoding.UTF8))
                    return target.ReadToEnd();
            case EntryKind.None:
                throw new NotFoundException($"no '{path}' in the {where}");
            case var kind:
                throw new WrongKindException($"'{path}' is a {(kind == EntryKind.File ? "file" : "directory")} in the {where}, not a symbolic link");
        }
    }

    /// <summary>Refuses what cannot be a link target: nothing, or a NUL (no tool stores one).</summary>
    public static void RequireLinkTarget(string path, string target)
    {
        if (target.Length == 0 || target.Contains('\0'))
            throw new InvalidRepoPathException($"cannot link '{path}' to '{target}': a target is a non-empty string without NUL");
    }

    /// <summary>Refuses to change a file through a path that names a directory (<c>remove</c>, <c>rename</c>'s source).</summary>
    public static void RequireDirectoryIfNamed(IVcsTree tree, string given, string path, string action)
    {
        if (RepoPathSyntax.NamesDirectory(given) && tree.Stat(path) == EntryKind.File)
            throw new WrongKindException($"cannot {action} '{given}': it ends in '/', which names a directory, but '{path}' is a file in the transaction");
    }

    /// <summary>Refuses a path ending in <c>/</c> where a file is written.</summary>
    public static void RequireFileName(string given, string action)
    {
        if (RepoPathSyntax.NamesDirectory(given))
            throw new InvalidRepoPathException($"cannot {action} '{given}': a path ending in '/' names a directory; name the file without the '/'");
    }
}
