namespace Anyvc;

/// <summary>What a revision did to one path against its first parent.</summary>
public enum ChangeKind
{
    /// <summary>The file is new.</summary>
    Added = 0,

    /// <summary>The file's content changed.</summary>
    Modified = 1,

    /// <summary>The file is gone.</summary>
    Removed = 2,

    /// <summary>The file moved here from <see cref="Change.From"/> (recorded by the backend; see <see cref="Feature.Renames"/>), maybe changed too.</summary>
    Renamed = 3,

    /// <summary>The path changed its kind: a file became a symbolic link, or the reverse.</summary>
    TypeChanged = 4,

    /// <summary>The file was copied here from <see cref="Change.From"/>, which still exists (recorded by the backend), maybe changed too.</summary>
    Copied = 5,
}
