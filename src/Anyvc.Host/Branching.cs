using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>The host's side of branches: names checked, existence checked, the same messages on every backend.</summary>
internal static class Branching
{
    public static IVcsBranches Of(RepositoryState repository, BackendInfo info) =>
        Capabilities.Require<IVcsBranches>(info, Feature.Branches, repository.Vcs);

    /// <summary>The tip of <paramref name="name"/>, or null when there is no such branch.</summary>
    public static string? TipOf(IVcsBranches branches, string name) =>
        branches.Branches().FirstOrDefault(branch => branch.Name == name)?.Id;

    public static string Create(RepositoryState repository, BackendInfo info, RefRequest request)
    {
        var branches = Of(repository, info);
        if (TipOf(branches, request.Name) is { } tip)
            throw new AlreadyExistsException($"branch '{request.Name}' exists already (at {tip}): delete it first, or choose another name");
        CheckNewName(branches, request.Name);
        var at = repository.Vcs.Resolve(request.Revision
            ?? throw new AnyvcException($"creating branch '{request.Name}' needs the revision it starts at"));
        return branches.CreateBranch(request.Name, at, Change(request));
    }

    public static void Delete(RepositoryState repository, BackendInfo info, RefRequest request)
    {
        var branches = Of(repository, info);
        if (request.Name == branches.DefaultBranch)
            throw new InvalidNameException($"branch '{request.Name}' is the default branch, which cannot be deleted");
        if (TipOf(branches, request.Name) is null)
            throw Unknown(branches, request.Name);
        branches.DeleteBranch(request.Name, Change(request));
    }

    /// <summary>
    /// A new branch's name: valid, and not nested with an existing one (<c>team</c> beside <c>team/x</c>), which git's
    /// refs and svn's directories cannot hold, so no backend accepts it.
    /// </summary>
    public static void CheckNewName(IVcsBranches branches, string name)
    {
        RefNames.Check(name);
        RefNames.CheckNesting(name, "branch", branches.Branches().Select(branch => branch.Name));
    }

    public static NotFoundException Unknown(IVcsBranches branches, string name)
    {
        var known = branches.Branches().Select(branch => branch.Name).ToList();
        return new NotFoundException($"no branch '{name}'; the branches are: {(known.Count == 0 ? "none yet" : string.Join(", ", known))}");
    }

    private static RefChange Change(RefRequest request)
    {
        var (name, email) = Author.Parse(request.Author);
        return new RefChange(request.Message, name, email, TransactionState.TimeOrNow(request.Time));
    }
}
