namespace Anyvc.Backends.Svn;

/// <summary>
/// The standard layout and the revision properties the backend writes with every revision, so the history model
/// (which line a revision is on, its parents) reads back from one <c>svn log</c> without guessing.
/// </summary>
internal static class SvnLayout
{
    /// <summary>The default branch's directory and name.</summary>
    public const string Trunk = "trunk";

    /// <summary>The directory of the other branches; a branch name may nest (<c>branches/team/topic</c>).</summary>
    public const string BranchesPrefix = "branches/";

    /// <summary>The directory of tags, each a copy of the revision it names (nested for names with <c>/</c>).</summary>
    public const string TagsPrefix = "tags/";

    /// <summary>The line a revision is on: <c>trunk</c> or <c>branches/NAME</c>.</summary>
    public const string RootProperty = "anyvc:root";

    /// <summary>The revision's parents, space-separated, first parent first; empty for a root.</summary>
    public const string ParentsProperty = "anyvc:parents";

    /// <summary><c>create</c> or <c>delete</c> for a revision that creates or deletes its branch or tag; absent for a commit.</summary>
    public const string ActionProperty = "anyvc:action";

    /// <summary>Set on a revision that wrote a symbolic link or an executable bit, so trees before any such revision skip the property read.</summary>
    public const string ModesProperty = "anyvc:modes";

    /// <summary>The directory of branch <paramref name="name"/>.</summary>
    public static string RootOf(string? name) => name is null or Trunk ? Trunk : BranchesPrefix + name;

    /// <summary>The branch name of directory <paramref name="root"/>.</summary>
    public static string NameOf(string root) => root == Trunk ? Trunk : root[BranchesPrefix.Length..];
}
