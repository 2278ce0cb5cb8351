namespace Anyvc.Backends.Memory;

/// <summary>The revisions of one repository and its branches; every handle opened on the repository shares it.</summary>
internal sealed class RevisionStore(string directory)
{
    /// <summary>The default branch's name, as git's.</summary>
    public const string DefaultBranch = "main";

    private readonly Dictionary<string, StoredRevision> revisions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> branches = new(StringComparer.Ordinal);

    /// <summary>The full path of the directory the repository was created in; a copy of its marker elsewhere is not it.</summary>
    public string Directory { get; } = directory;

    /// <summary>Every bookmark and its revision, sorted by name.</summary>
    public SortedDictionary<string, string> Bookmarks { get; } = new(StringComparer.Ordinal);

    /// <summary>Every tag by name, sorted.</summary>
    public SortedDictionary<string, Wire.TagInfo> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>The newest revision on the default branch, or null before its first commit.</summary>
    public string? Head => TipOf(DefaultBranch);

    /// <summary>Every revision, in no particular order.</summary>
    public IEnumerable<StoredRevision> All => revisions.Values;

    /// <summary>Every branch and its tip, sorted by name.</summary>
    public IEnumerable<KeyValuePair<string, string>> Branches => branches;

    /// <summary>The revision with exactly this id, or null.</summary>
    public StoredRevision? Find(string id) => revisions.GetValueOrDefault(id);

    /// <summary>The tip of <paramref name="branch"/>, or null when there is no such branch.</summary>
    public string? TipOf(string branch) => branches.GetValueOrDefault(branch);

    /// <summary>The ids that start with a lowercase hex <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> IdsStartingWith(string prefix) =>
        revisions.Keys.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    /// <summary>Adds a revision whose first parent is the branch's tip (the caller checked), and makes it the tip.</summary>
    public void AddOnBranch(StoredRevision revision, string branch)
    {
        revisions.TryAdd(revision.Id, revision);
        branches[branch] = revision.Id;
    }

    /// <summary>Points <paramref name="branch"/> at <paramref name="id"/>, or removes it with null.</summary>
    public void SetBranch(string branch, string? id)
    {
        if (id is null)
            branches.Remove(branch);
        else
            branches[branch] = id;
    }
}
