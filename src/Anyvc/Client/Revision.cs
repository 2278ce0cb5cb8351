using Anyvc.Wire;

namespace Anyvc;

/// <summary>A revision: its id and read-only tree; author, time, message and parents load on first use.</summary>
public sealed class Revision : ITreeAccess
{
    private readonly Repository repository;
    private RevisionInfo? details;

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
    public IReadOnlyList<string> ChangedFiles => Connection.Call(RepositoryProtocol.ChangedFiles, repository.Id, Id);

    /// <summary>
    /// What this revision did to each path it changed against its first parent, sorted by path: added, modified,
    /// removed, or renamed with its old path. A backend that records no renames (git) shows a move as a removal and an
    /// addition.
    /// </summary>
    public IReadOnlyList<Change> Changes => Connection.Call(RepositoryProtocol.Changes, repository.Id, Id);

    /// <summary>The files this revision moved, as the backend recorded them, sorted by new path.</summary>
    /// <exception cref="FeatureNotSupportedException">The backend records no renames (it lacks <see cref="Feature.Renames"/>).</exception>
    public IReadOnlyList<Rename> Renames => Connection.Call(RepositoryProtocol.Renames, repository.Id, Id);

    /// <summary>
    /// For each line of the file at <paramref name="path"/> in this revision, the revision that last changed it. A line
    /// ends after <c>\n</c>; a last line without one counts, an empty file has none.
    /// </summary>
    /// <exception cref="FeatureNotSupportedException">The backend cannot annotate (it lacks <see cref="Feature.Annotate"/>).</exception>
    /// <exception cref="WrongKindException">The path is a directory.</exception>
    /// <exception cref="NotFoundException">No file at the path.</exception>
    public IReadOnlyList<AnnotatedLine> Annotate(string path)
    {
        var runs = Connection.Call(RepositoryProtocol.Annotate, repository.Id, new RevisionPathRequest(Id, path));
        var lines = new List<AnnotatedLine>();
        foreach (var run in runs)
        {
            var revision = run.Revision == Id ? this : new Revision(repository, run.Revision);
            for (var i = 0; i < run.Lines; i++)
                lines.Add(new AnnotatedLine(lines.Count + 1, revision));
        }
        return lines;
    }

    /// <summary>
    /// For each entry of <paramref name="directory"/> in this revision (sorted by name), the revision that last changed
    /// it: the newest revision of this revision's log whose changes against its first parent touch the entry (for a
    /// directory, anything in it).
    /// </summary>
    /// <exception cref="WrongKindException">The path is a file.</exception>
    /// <exception cref="NotFoundException">Nothing exists at the path.</exception>
    public IReadOnlyList<LastChange> LastChanged(string directory = "") =>
        Connection.Call(RepositoryProtocol.LastChanged, repository.Id, new RevisionPathRequest(Id, directory))
            .Select(entry => new LastChange(entry.Name, entry.Id == Id ? this : new Revision(repository, entry.Id))).ToList();

    /// <summary>The unified diff against the first parent (against nothing for the first revision).</summary>
    public string DiffToParent() => Connection.Call(RepositoryProtocol.Diff, repository.Id, Id);

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Revision other && other.Id == Id && ReferenceEquals(other.repository, repository);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    /// <summary>The repository this revision belongs to.</summary>
    internal Repository Owner => repository;

    private BackendConnection Connection => repository.Connection;

    BackendConnection ITreeAccess.Connection => Connection;

    long ITreeAccess.TargetId => repository.Id;

    TreeRef ITreeAccess.Tree => TreeRef.OfRevision(Id);

    bool ITreeAccess.IsWritable => false;

    string ITreeAccess.Describe() => $"{Connection.Info.Name}: revision {Id} of {repository.Path}";

    private RevisionInfo Load() => details ??= Connection.Call(RepositoryProtocol.RevisionInfo, repository.Id, Id);
}
