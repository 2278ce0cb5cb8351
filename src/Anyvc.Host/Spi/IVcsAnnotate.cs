using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>Capability of <see cref="Feature.Annotate"/>: which revision last changed each line of a file.</summary>
public interface IVcsAnnotate
{
    /// <summary>
    /// The lines of the file <paramref name="path"/> at revision <paramref name="id"/> (a full id; the host checked that
    /// the path is a file there), top to bottom, as runs of full revision ids. A line ends after <c>\n</c>; a last line
    /// without one counts, an empty file has none. Where the backend records renames, a moved line keeps the revision
    /// that wrote it. Adjacent runs of one revision may come split; the host joins them.
    /// </summary>
    IReadOnlyList<AnnotationRun> Annotate(string id, string path);
}
