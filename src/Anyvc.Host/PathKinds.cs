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

    /// <summary>Opens the file at <paramref name="path"/>, telling a directory apart from a missing path.</summary>
    public static Stream OpenRead(IVcsTree tree, TreeRef where, string given, string path)
    {
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
        catch (NotFoundException e) when (e is not WrongKindException && tree.Stat(path) == EntryKind.File)
        {
            throw new WrongKindException($"'{path}' is a file in the {where}, not a directory", e);
        }
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
