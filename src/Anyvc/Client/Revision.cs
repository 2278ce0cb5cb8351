using Anyvc.Wire;

namespace Anyvc;

/// <summary>A committed revision: its metadata (fetched once, on first use), its read-only tree, its changes.</summary>
public sealed class Revision : ITreeAccess
{
    private readonly Repository repository;
    private Details? details;

    internal Revision(Repository repository, string id)
    {
        this.repository = repository;
        Id = id;
        Root = new RepoPath(this, "");
    }

    /// <summary>The backend's id of the revision (git/hg hash, svn revision number).</summary>
    public string Id { get; }

    /// <summary>The author, as <c>Name &lt;email&gt;</c> or a bare name.</summary>
    public string Author => Load().Author;

    /// <summary>The commit time, to the second, with the UTC offset the backend kept.</summary>
    public DateTimeOffset Time => Load().Time;

    /// <summary>The commit message.</summary>
    public string Message => Load().Message;

    /// <summary>The parent revisions; empty for the first one.</summary>
    public IReadOnlyList<Revision> Parents => Load().Parents.Select(id => new Revision(repository, id)).ToList();

    /// <summary>The read-only tree of the revision.</summary>
    public RepoPath Root { get; }

    /// <summary>Files added, modified or removed against the first parent, sorted; a rename lists both paths.</summary>
    public IReadOnlyList<string> ChangedFiles =>
        ((object?[])Connection.Call(Commands.ChangedFiles, repository.Id, Id)!).Cast<string>().ToList();

    /// <summary>The unified diff against the first parent (against nothing for the first revision).</summary>
    public string DiffToParent() => (string)Connection.Call(Commands.Diff, repository.Id, Id)!;

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Revision other && other.Id == Id && ReferenceEquals(other.repository, repository);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    private BackendConnection Connection => repository.Connection;

    BackendConnection ITreeAccess.Connection => Connection;

    long ITreeAccess.TargetId => repository.Id;

    string? ITreeAccess.RevisionId => Id;

    string ITreeAccess.Describe() => $"{Connection.Info.Name}: revision {Id} of {repository.Path}";

    private Details Load()
    {
        if (details is not null)
            return details;
        var wire = (object?[])Connection.Call(Commands.RevisionInfo, repository.Id, Id)!;
        return details = new Details((string)wire[1]!, WireTime.Decode(wire[2]), (string)wire[3]!, ((object?[])wire[4]!).Cast<string>().ToList());
    }

    private sealed record Details(string Author, DateTimeOffset Time, string Message, IReadOnlyList<string> Parents);
}
