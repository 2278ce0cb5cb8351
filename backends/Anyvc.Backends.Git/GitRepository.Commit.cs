using Anyvc.Host;
using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>Building a commit in the object database: tree definition → tree → commit → move the branch.</summary>
internal sealed partial class GitRepository
{
    public string Commit(CommitRequest request)
    {
        GitLimits.Check(request);
        var parent = request.ParentId is null ? null : Lookup(request.ParentId);
        var definition = parent is null ? new TreeDefinition() : TreeDefinition.From(parent.Tree);
        foreach (var removed in request.RemovedFiles)
            definition.Remove(removed);
        foreach (var file in request.Files)
        {
            var blob = file.ContentFile is not null
                ? repository.ObjectDatabase.CreateBlob(file.ContentFile)
                : (Blob)parent![file.BaseSource!].Target;
            definition.Add(file.Path, blob, file.Kind == EntryKind.Symlink ? Mode.SymbolicLink : file.Executable ? Mode.ExecutableFile : Mode.NonExecutableFile);
        }
        var tree = CreateTreeWithoutEmptyDirectories(definition, request.RemovedFiles);
        IReadOnlyList<string> parents = parent is null ? [] : [parent.Sha, .. request.MergeParents.Select(p => Lookup(p).Sha)];
        var id = repository.ObjectDatabase.Write<Commit>(CommitObject.Encode(tree.Sha, parents, request));
        var commit = repository.Lookup<Commit>(id);
        MoveBranch(request.Branch is null ? DefaultBranchRef() : BranchRef(request.Branch), request.ParentId, commit);
        return commit.Sha;
    }

    /// <summary>Git has no empty directories: drop the ones that removals emptied.</summary>
    private Tree CreateTreeWithoutEmptyDirectories(TreeDefinition definition, IReadOnlyList<string> removed)
    {
        var candidates = removed.SelectMany(Ancestors).Distinct().OrderByDescending(p => p.Length).ToList();
        while (true)
        {
            var tree = repository.ObjectDatabase.CreateTree(definition);
            var empty = candidates.FirstOrDefault(p => tree[p]?.Target is Tree { Count: 0 });
            if (empty is null)
                return tree;
            definition.Remove(empty);
            candidates.Remove(empty);
        }
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }

    /// <summary>Moves the branch from the transaction's first parent to the new commit, unless another writer moved it meanwhile.</summary>
    private void MoveBranch(string branch, string? expected, Commit commit)
    {
        var log = $"commit: {commit.MessageShort}";
        if (repository.Refs[branch] is { } existing)
        {
            if (existing.TargetIdentifier != expected)
                throw new AnyvcException($"cannot commit to {branch} in {repository.Info.Path}: the transaction began at {expected ?? "no revision"}, but the branch is now at {existing.TargetIdentifier}");
            repository.Refs.UpdateTarget(existing, commit.Id, log);
        }
        else
            repository.Refs.Add(branch, commit.Id, log);
    }
}
