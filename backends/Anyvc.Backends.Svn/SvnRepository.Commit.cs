using System.Globalization;
using System.Text;
using Anyvc.Host;

namespace Anyvc.Backends.Svn;

/// <summary>Committing: one <c>svnmucc</c> call makes the revision, one <c>svn propset</c> sets its date.</summary>
internal sealed partial class SvnRepository
{
    public string Commit(CommitRequest request)
    {
        var actions = Actions(request);
        // The actions travel on stdin (-X -): no command-line length limit however many files a commit has.
        var input = Encoding.UTF8.GetBytes(string.Join("\n", actions) + "\n");
        var output = tool.Mucc(["--root-url", rootUrl, "--message", request.Message, "--username", request.Author, "--extra-args", "-"], input);
        var revision = CommittedRevision(output);
        // svnmucc refuses svn:date in --with-revprop ("standard properties can't be set explicitly"), so the date is
        // set right after, through the pre-revprop-change hook the repository was created with.
        tool.Svn("propset", "--revprop", "--revision", Id(revision), "svn:date", SvnDate.ToSvn(request.Time), rootUrl);
        Remember(revision, request);
        return Id(revision);
    }

    /// <summary>
    /// Adds the new revision to the cached history when nothing else was committed meanwhile, so the next
    /// <see cref="Head"/> (every transaction asks) needs no <c>svn log</c>. Text svn would normalize (line breaks,
    /// control characters) is left to a fresh read instead.
    /// </summary>
    private void Remember(long revision, CommitRequest request)
    {
        if (historyYoungest != revision - 1 || Youngest() != revision || !Plain(request.Message) || !Plain(request.Author))
            return;
        entries[revision] = new SvnLogEntry(revision, request.Author, SvnDate.Parse(SvnDate.ToSvn(request.Time)), request.Message);
        history = [revision, .. history];
        historyYoungest = revision;
    }

    /// <summary>
    /// Text that reads back from <c>svn log --xml</c> exactly as given: svn turns CR line breaks into LF and prints
    /// other control characters (and DEL) as <c>?\NNN</c>; lone surrogates do not survive UTF-8.
    /// </summary>
    private static bool Plain(string text) => text.All(c => (c >= ' ' && c != '\x7f') || c is '\n' or '\t') && !text.Any(char.IsSurrogate);

    /// <summary>The svnmucc actions, in the request's order, as URLs relative to the root URL.</summary>
    private static List<string> Actions(CommitRequest request)
    {
        var actions = new List<string>();
        foreach (var operation in request.Operations)
        {
            switch (operation)
            {
                case RemoveOperation remove:
                    actions.AddRange(["rm", Trunk(remove.Path)]);
                    break;
                case CopyOperation copy:
                    var parent = request.ParentId ?? throw new InvalidOperationException($"cannot copy '{copy.From}' without a parent revision");
                    actions.AddRange(["cp", parent, Trunk(copy.From), Trunk(copy.To)]);
                    break;
                case MkdirOperation mkdir:
                    actions.AddRange(["mkdir", Trunk(mkdir.Path)]);
                    break;
                case PutOperation put:
                    actions.AddRange(["put", put.ContentFile, Trunk(put.Path)]);
                    break;
                default:
                    throw new NotSupportedException($"svn backend: unknown tree operation {operation.GetType().Name}");
            }
        }
        // svnmucc refuses a commit without actions; deleting a property trunk does not have changes nothing but
        // still makes a revision on trunk, which is what an empty commit is.
        if (actions.Count == 0)
            actions.AddRange(["propdel", "anyvc:empty-commit", "trunk"]);
        foreach (var action in actions)
            if (action.Contains('\n') || action.Contains('\r'))
                throw new InvalidRepoPathException($"svn cannot store the path '{action}': it contains a line break");
        return actions;
    }

    /// <summary>svnmucc takes relative URLs as already escaped (<c>p%41q</c> would name <c>pAq</c>), so they are escaped here.</summary>
    private static string Trunk(string path) => SvnUrl.Join("trunk", path);

    /// <summary>Reads the new revision from svnmucc's report, <c>r7 committed by NAME at DATE</c>.</summary>
    private static long CommittedRevision(byte[] output)
    {
        var text = Encoding.UTF8.GetString(output).Trim();
        var first = text.Split(' ', 2)[0];
        if (first.StartsWith('r') && long.TryParse(first[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            return revision;
        throw new AnyvcException($"svn backend: svnmucc reported no new revision (it printed '{text}')");
    }
}
