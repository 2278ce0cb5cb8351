using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>Serves <c>rev.annotate</c>: checks what the path is, asks the backend, joins adjacent runs of one revision and drops empty ones.</summary>
internal static class Annotation
{
    public static IReadOnlyList<AnnotationRun> Of(RepositoryState repository, BackendInfo info, RevisionPathRequest request, string path)
    {
        var annotate = Capabilities.Require<IVcsAnnotate>(info, Feature.Annotate, repository.Vcs);
        var id = repository.Vcs.Resolve(request.Revision);
        var where = TreeRef.OfRevision(id);
        var kind = repository.Tree(id).Stat(path);
        if (kind == EntryKind.None)
            throw new NotFoundException($"cannot annotate '{path}': no such file in the {where}");
        if (kind == EntryKind.Directory)
            throw new WrongKindException($"cannot annotate '{path}': it is a directory in the {where}");
        if (RepoPathSyntax.NamesDirectory(request.Path))
            throw new WrongKindException($"cannot annotate '{request.Path}': it ends in '/', which names a directory, but '{path}' is a file in the {where}");
        var joined = new List<AnnotationRun>();
        foreach (var run in annotate.Annotate(id, path))
        {
            // libgit2 answers an empty file with one run of no lines; nothing else may come short.
            if (run.Lines == 0)
                continue;
            if (run.Lines < 0)
                throw new AnyvcException($"the {info.Name} backend annotated '{path}' in {where} with a run of {run.Lines} lines");
            if (joined.Count > 0 && joined[^1].Revision == run.Revision)
                joined[^1] = run with { Lines = joined[^1].Lines + run.Lines };
            else
                joined.Add(run);
        }
        return joined;
    }
}
