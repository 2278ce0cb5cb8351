namespace Anyvc.Backends.Memory;

/// <summary>The revisions of one repository and its head; every handle opened on the repository shares it.</summary>
internal sealed class RevisionStore
{
    private readonly Dictionary<string, StoredRevision> revisions = new(StringComparer.Ordinal);

    /// <summary>The newest revision on the default line, or null before the first commit.</summary>
    public string? Head { get; private set; }

    /// <summary>Every revision, in no particular order.</summary>
    public IEnumerable<StoredRevision> All => revisions.Values;

    /// <summary>The revision with exactly this id, or null.</summary>
    public StoredRevision? Find(string id) => revisions.GetValueOrDefault(id);

    /// <summary>The ids that start with a lowercase hex <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> IdsStartingWith(string prefix) =>
        revisions.Keys.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    /// <summary>Adds a revision whose first parent is the head (the caller checked), and makes it the head.</summary>
    public void AddOnHead(StoredRevision revision)
    {
        revisions.Add(revision.Id, revision);
        Head = revision.Id;
    }
}
