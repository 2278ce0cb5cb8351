using System.Globalization;
using Anyvc.Host;

namespace Anyvc.Backends.Svn;

/// <summary>
/// One commit as a one-revision dump: the request's ordered tree operations relative to its line's directory, with
/// the revision properties (author, date, message, line, parents) in the same record, so the revision lands whole or
/// not at all.
/// </summary>
internal static class SvnCommitDump
{
    /// <summary>The property that makes a commit without changes still touch its line (and so show in its log).</summary>
    public const string EmptyCommitProperty = "anyvc:empty-commit";

    /// <summary>Writes revision <paramref name="revision"/> of <paramref name="request"/>; <paramref name="parent"/> is the first parent's listing.</summary>
    public static void Write(Stream output, long revision, CommitRequest request, SvnCommitPlan plan, IReadOnlyDictionary<string, SvnListEntry> parent)
    {
        var dump = new SvnDumpWriter(output);
        dump.Header();
        dump.Revision(revision, [
            new("svn:author", request.Author),
            new("svn:date", SvnDate.ToSvn(request.Time)),
            new("svn:log", request.Message),
            .. plan.RevisionProperties,
        ]);
        if (plan.DeletesLine)
        {
            dump.Delete(plan.Root);
            return;
        }
        var parentRevision = request.ParentId is null ? 0 : long.Parse(request.ParentId, CultureInfo.InvariantCulture);
        foreach (var ancestor in plan.MissingAncestors)
            dump.AddDirectory(ancestor);
        if (plan.ReplacesRoot)
            dump.Delete(plan.Root);
        if (!plan.RootExists)
        {
            if (plan.ParentRoot is null)
                dump.AddDirectory(plan.Root);
            else
                dump.Copy(plan.Root, "dir", parentRevision, plan.ParentRoot);
        }
        // What exists in the line as the operations apply one by one: a put on an existing file is a change, not an add.
        var present = new HashSet<string>(parent.Keys, StringComparer.Ordinal);
        foreach (var operation in request.Operations)
        {
            switch (operation)
            {
                case RemoveOperation remove:
                    dump.Delete(In(plan.Root, remove.Path));
                    present.RemoveWhere(p => p == remove.Path || p.StartsWith(remove.Path + "/", StringComparison.Ordinal));
                    break;
                case CopyOperation copy:
                    var from = parent.GetValueOrDefault(copy.From) ?? throw new InvalidOperationException($"svn backend: cannot copy '{copy.From}': it is not in the parent revision");
                    dump.Copy(In(plan.Root, copy.To), from.Kind == EntryKind.Directory ? "dir" : "file", parentRevision, In(plan.ParentRoot!, copy.From));
                    present.Add(copy.To);
                    foreach (var source in parent.Keys.Where(p => p.StartsWith(copy.From + "/", StringComparison.Ordinal)))
                        present.Add(copy.To + source[copy.From.Length..]);
                    break;
                case MkdirOperation mkdir:
                    dump.AddDirectory(In(plan.Root, mkdir.Path));
                    present.Add(mkdir.Path);
                    break;
                case PutOperation put:
                    using (var content = Content(put))
                        dump.PutFile(In(plan.Root, put.Path), present.Contains(put.Path), content, Properties(put.Kind, put.Executable));
                    present.Add(put.Path);
                    break;
                case ExecutableOperation bit:
                    dump.SetFileModes(In(plan.Root, bit.Path), Properties(EntryKind.File, bit.Executable));
                    break;
                default:
                    throw new NotSupportedException($"svn backend: unknown tree operation {operation.GetType().Name}");
            }
        }
        if (plan.RootProperties.Count > 0)
            dump.SetDirectoryProperties(plan.Root, plan.RootProperties);
        else if (request.Operations.Count == 0 && plan.RootExists)
            dump.SetDirectoryProperties(plan.Root, [new(EmptyCommitProperty, revision.ToString(CultureInfo.InvariantCulture))]);
    }

    private static string In(string root, string path) => root + "/" + path;

    /// <summary>A file's bytes; a link's, as svn keeps it: <c>link TARGET</c>.</summary>
    private static Stream Content(PutOperation put)
    {
        if (put.Kind != EntryKind.Symlink)
            return File.OpenRead(put.ContentFile);
        var link = new MemoryStream();
        link.Write("link "u8);
        link.Write(File.ReadAllBytes(put.ContentFile));
        link.Position = 0;
        return link;
    }

    /// <summary>A file's mode properties: svn's marks for a link and for the executable bit.</summary>
    private static List<KeyValuePair<string, string>> Properties(EntryKind kind, bool executable) =>
        kind == EntryKind.Symlink ? [new("svn:special", "*")] : executable ? [new("svn:executable", "*")] : [];
}
