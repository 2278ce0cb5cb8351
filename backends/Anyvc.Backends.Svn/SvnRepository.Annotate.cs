using Anyvc.Host.Diffs;
using Anyvc.Wire;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Annotation through <c>svn blame</c>, which follows copies (so renames). svn also ends a line at a lone <c>\r</c>;
/// Anyvc's lines end only at <c>\n</c>, so svn's lines are mapped onto the file's, and a line svn saw as several gets
/// the newest of their revisions.
/// </summary>
internal sealed partial class SvnRepository
{
    public IReadOnlyList<AnnotationRun> Annotate(string id, string path)
    {
        var revision = Number(id);
        var url = SvnUrl.AtRevision(SvnUrl.Join(rootUrl, TreeAt(revision).Root + "/" + path), revision);
        // --force: a file svn takes for binary is annotated too, as by every other backend.
        var svnLines = SvnXml.ParseBlame(tool.Svn("blame", "--xml", "--force", url));
        using var content = new MemoryStream();
        using (var file = TreeAt(revision).OpenRead(path))
            file.CopyTo(content);
        return LineOwners.Runs(OwnersOfNewlineLines(content.ToArray(), svnLines).Select(Id));
    }

    private static List<long> OwnersOfNewlineLines(byte[] content, IReadOnlyList<long> svnLines)
    {
        var owners = new List<long>();
        var svnLine = 0;
        long newest = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (svnLine < svnLines.Count)
                newest = Math.Max(newest, svnLines[svnLine]);
            if (content[i] == '\n')
            {
                owners.Add(newest);
                newest = 0;
            }
            if (content[i] == '\n' || (content[i] == '\r' && (i + 1 == content.Length || content[i + 1] != '\n')))
                svnLine++;
        }
        if (content.Length > 0 && content[^1] != '\n')
            owners.Add(newest);
        return owners;
    }
}
