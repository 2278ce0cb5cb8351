using Anyvc.Host;
using Anyvc.Wire;
using LibGit2Sharp;

namespace Anyvc.Backends.Git;

/// <summary>Annotation through libgit2's blame, from the asked revision back.</summary>
internal sealed partial class GitRepository : IVcsAnnotate
{
    public IReadOnlyList<AnnotationRun> Annotate(string id, string path) =>
        repository.Blame(path, new BlameOptions { StartingAt = Lookup(id) })
            .Select(hunk => new AnnotationRun(hunk.FinalCommit.Sha, hunk.LineCount))
            .ToList();
}
