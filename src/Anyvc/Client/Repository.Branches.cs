using Anyvc.Channels.Commands;
using Anyvc.Wire;

namespace Anyvc;

/// <summary>Branches and revision names of a <see cref="Repository"/> (<see cref="Feature.Branches"/>).</summary>
public sealed partial class Repository
{
    private const string DefaultAuthor = "Anyvc <anyvc@localhost>";

    /// <summary>The name of the branch the default line of history is on (git <c>main</c>, hg <c>default</c>, svn <c>trunk</c>).</summary>
    /// <exception cref="FeatureNotSupportedException">The backend has no branches.</exception>
    public string DefaultBranch => Connection.Call(RepositoryProtocol.DefaultBranch, Id, Unit.Value);

    /// <summary>Every branch with its tip, sorted by name; closed hg branches are not listed.</summary>
    /// <exception cref="FeatureNotSupportedException">The backend has no branches.</exception>
    public IReadOnlyList<Branch> Branches() =>
        Connection.Call(RepositoryProtocol.Branches, Id, Unit.Value).Select(b => new Branch(b.Name, new Revision(this, b.Id))).ToList();

    /// <summary>The tip of branch <paramref name="name"/>.</summary>
    /// <exception cref="NotFoundException">There is no such branch; the message lists the branches.</exception>
    public Revision GetBranch(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Branches().FirstOrDefault(b => b.Name == name)?.Tip
            ?? throw new NotFoundException($"no branch '{name}' in the {this}; the branches are: {string.Join(", ", Branches().Select(b => b.Name))}");
    }

    /// <summary>
    /// Creates branch <paramref name="name"/> at <paramref name="at"/> and returns its tip: <paramref name="at"/> itself
    /// where the backend has <see cref="Feature.LightweightBranches"/>, otherwise the revision the backend records for
    /// the new branch (a child of <paramref name="at"/> with the same tree), made with this message, author and time.
    /// </summary>
    /// <exception cref="InvalidNameException">The name breaks the name rule (see <see cref="RefNames"/>).</exception>
    /// <exception cref="AlreadyExistsException">The branch exists.</exception>
    public Revision CreateBranch(string name, Revision at, string? message = null, string? author = null, DateTimeOffset? time = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        EnsureOwn(at);
        var request = new RefRequest(name, at.Id, message ?? $"Create branch {name}", Canonical(author ?? DefaultAuthor), time);
        return new Revision(this, Connection.Call(RepositoryProtocol.CreateBranch, Id, request));
    }

    /// <summary>Deletes branch <paramref name="name"/> (hg closes it, with a revision made of this message, author and time).</summary>
    /// <exception cref="NotFoundException">There is no such branch.</exception>
    /// <exception cref="InvalidNameException">It is the default branch.</exception>
    public void DeleteBranch(string name, string? message = null, string? author = null, DateTimeOffset? time = null) =>
        Connection.Call(RepositoryProtocol.DeleteBranch, Id,
            new RefRequest(name, null, message ?? $"Delete branch {name}", Canonical(author ?? DefaultAuthor), time));

    /// <summary>
    /// The revision <paramref name="name"/> names: <c>HEAD</c> (the default head), a bookmark, a tag, a branch (its tip), or a revision id
    /// or the backend's short form (a unique hash prefix, svn's <c>r5</c>). Names win over hash prefixes and tags over
    /// branches, as in git and hg.
    /// </summary>
    /// <exception cref="NotFoundException">It names nothing.</exception>
    public Revision Resolve(string name) => new(this, Connection.Call(RepositoryProtocol.ResolveName, Id, name));

    private static string Canonical(string author)
    {
        var (name, email) = Anyvc.Author.Parse(author);
        return Anyvc.Author.Format(name, email);
    }
}
