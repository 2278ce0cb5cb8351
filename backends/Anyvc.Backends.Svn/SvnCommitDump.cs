using Anyvc.Host;

namespace Anyvc.Backends.Svn;

/// <summary>
/// One commit as a one-revision dump: the request's ordered tree operations relative to trunk, with the revision
/// properties (author, date, message) in the same record, so the revision lands whole or not at all.
/// </summary>
internal static class SvnCommitDump
{
    /// <summary>The property that makes a commit without changes still touch trunk (and so show in its log).</summary>
    public const string EmptyCommitProperty = "anyvc:empty-commit";

    /// <summary>Writes revision <paramref name="revision"/> of <paramref name="request"/>; <paramref name="parent"/> is the parent revision's trunk listing.</summary>
    public static void Write(Stream output, long revision, CommitRequest request, IReadOnlyDictionary<string, SvnListEntry> parent)
    {
        var dump = new SvnDumpWriter(output);
        dump.Header();
        dump.Revision(revision, [
            new("svn:author", request.Author),
            new("svn:date", SvnDate.ToSvn(request.Time)),
            new("svn:log", request.Message),
        ]);
        // What exists in trunk as the operations apply one by one: a put on an existing file is a change, not an add.
        var present = new HashSet<string>(parent.Keys, StringComparer.Ordinal);
        foreach (var operation in request.Operations)
        {
            switch (operation)
            {
                case RemoveOperation remove:
                    dump.Delete(Trunk(remove.Path));
                    present.RemoveWhere(p => p == remove.Path || p.StartsWith(remove.Path + "/", StringComparison.Ordinal));
                    break;
                case CopyOperation copy:
                    var from = parent.GetValueOrDefault(copy.From) ?? throw new InvalidOperationException($"svn backend: cannot copy '{copy.From}': it is not in the parent revision");
                    dump.Copy(Trunk(copy.To), from.Kind == EntryKind.File ? "file" : "dir", long.Parse(request.ParentId!, System.Globalization.CultureInfo.InvariantCulture), Trunk(copy.From));
                    present.Add(copy.To);
                    foreach (var source in parent.Keys.Where(p => p.StartsWith(copy.From + "/", StringComparison.Ordinal)))
                        present.Add(copy.To + source[copy.From.Length..]);
                    break;
                case MkdirOperation mkdir:
                    dump.AddDirectory(Trunk(mkdir.Path));
                    present.Add(mkdir.Path);
                    break;
                case PutOperation put:
                    using (var content = File.OpenRead(put.ContentFile))
                        dump.PutFile(Trunk(put.Path), present.Contains(put.Path), content);
                    present.Add(put.Path);
                    break;
                default:
                    throw new NotSupportedException($"svn backend: unknown tree operation {operation.GetType().Name}");
            }
        }
        if (request.Operations.Count == 0)
            dump.SetDirectoryProperties("trunk", [new(EmptyCommitProperty, revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private static string Trunk(string path) => "trunk/" + path;
}
