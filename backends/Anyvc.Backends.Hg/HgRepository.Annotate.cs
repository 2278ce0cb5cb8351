using Anyvc.Host.Diffs;
using Anyvc.Wire;

namespace Anyvc.Backends.Hg;

/// <summary>Annotation through <c>hg annotate</c>, which follows recorded copies and renames.</summary>
internal sealed partial class HgRepository
{
    /// <inheritdoc />
    /// <remarks><c>--text</c>: a file hg takes for binary is annotated too, line by line, as by every other backend.</remarks>
    public IReadOnlyList<AnnotationRun> Annotate(string id, string path) =>
        LineOwners.Runs(Lines(hg.Text(directory, "annotate", "-r", Resolve(id), "--text", "-T", "{lines % '{node}\\n'}", "path:" + path)));
}
