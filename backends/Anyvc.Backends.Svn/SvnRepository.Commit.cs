using Anyvc.Host;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Committing: the revision, its date, author and message travel as one revision of a dump stream into
/// <c>svnadmin load</c>, so it lands whole or not at all (a kill leaves at most a dead transaction, removed before the
/// next commit). One process per commit, input of any size on stdin, and the repository is reached by its local path
/// (a <c>file://</c> URL would read an <c>@</c> in it as a peg revision).
/// </summary>
internal sealed partial class SvnRepository
{
    public string Commit(CommitRequest request)
    {
        SvnLimits.Check(request);
        using var writeLock = SvnWriteLock.Take(directory);
        var plan = Plan(request);
        var parent = request.ParentId is null ? new Dictionary<string, SvnListEntry>() : TreeAt(Number(request.ParentId)).Nodes;
        return Id(Load(request, plan, parent));
    }

    /// <summary>Loads one revision (the caller holds the write lock) and adds it to the model.</summary>
    private long Load(CommitRequest request, SvnCommitPlan plan, IReadOnlyDictionary<string, SvnListEntry> parent)
    {
        RemoveDeadTransactions();
        var revision = Youngest() + 1;
        try
        {
            // A copy source is a revision number the loader offsets by (dump number - new number): they must agree.
            tool.Load(directory, output => SvnCommitDump.Write(output, revision, request, plan, parent));
        }
        catch (AnyvcException)
        {
            RemoveDeadTransactions();
            throw;
        }
        if (Youngest() != revision)
            throw new AnyvcException($"svn backend: the commit to {directory} did not become revision {revision} (the youngest is now {Youngest()}): another writer committed meanwhile");
        Remember(revision, request, plan);
        return revision;
    }

    /// <summary>Where the commit goes: its line, whether it starts the line, and the merge it records.</summary>
    private SvnCommitPlan Plan(CommitRequest request)
    {
        var model = Graph();
        var root = SvnLayout.RootOf(request.Branch);
        var parentNode = request.ParentId is null ? null : Node(Number(request.ParentId));
        // Trunk exists from the layout on; before its first commit, a commit with a parent replaces it with a copy.
        var emptyTrunk = root == SvnLayout.Trunk && model.TipOf(root) is null && parentNode is not null;
        var exists = (root == SvnLayout.Trunk && !emptyTrunk) || model.TipOf(root) is not null;
        if (exists && model.TipOf(root) is { } tip && parentNode?.Revision != tip)
            throw new AnyvcException($"svn backend: cannot commit to {root} in {directory}: the transaction began at {request.ParentId ?? "no revision"}, but the line is now at {tip}");
        var revisionProperties = new Dictionary<string, string>
        {
            [SvnLayout.RootProperty] = root,
            [SvnLayout.ParentsProperty] = string.Join(" ", new[] { request.ParentId }.Concat(request.MergeParents).OfType<string>().Select(p => Id(Number(p)))),
        };
        if (request.Operations.Any(op => op is ExecutableOperation or PutOperation { Kind: EntryKind.Symlink } or PutOperation { Executable: true }))
            revisionProperties[SvnLayout.ModesProperty] = "1";
        var rootProperties = new Dictionary<string, string>();
        if (request.MergeParents.Count > 0)
        {
            var mergeinfo = parentNode is null ? "" : Properties(parentNode.Root, parentNode.Revision).GetValueOrDefault(SvnMergeinfo.Property, "");
            foreach (var merged in request.MergeParents.Select(p => Node(Number(p))))
                mergeinfo = SvnMergeinfo.Add(mergeinfo, "/" + merged.Root, model.FirstOnLine(merged.Revision), merged.Revision);
            rootProperties[SvnMergeinfo.Property] = mergeinfo;
        }
        return new SvnCommitPlan(root, exists, parentNode?.Root, exists || emptyTrunk ? [] : NewLineAncestors(root), rootProperties, revisionProperties, ReplacesRoot: emptyTrunk);
    }

    /// <summary>
    /// The directories to create above a new branch's directory. Refused when the directory exists (another branch
    /// nests below it) or a branch lies above it: a branch's tree cannot hold another branch, as in git's refs.
    /// </summary>
    private List<string> NewLineAncestors(string root)
    {
        if (Exists(root))
            throw new AlreadyExistsException($"svn backend: cannot create /{root} in {directory}: the directory exists (a branch or tag is nested below it, or another tool made it)");
        var missing = new List<string>();
        for (var slash = root.IndexOf('/', root.IndexOf('/') + 1); slash > 0; slash = root.IndexOf('/', slash + 1))
        {
            var ancestor = root[..slash];
            if (Graph().IsNamed(ancestor))
                throw new AlreadyExistsException($"svn backend: cannot create /{root} in {directory}: it would lie inside /{ancestor}, a branch or tag");
            if (missing.Count > 0 || !Exists(ancestor))
                missing.Add(ancestor);
        }
        return missing;
    }

    private bool Exists(string path)
    {
        try
        {
            tool.Run("svnlook", ["tree", "--non-recursive", directory, path]);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private IReadOnlyDictionary<string, string> Properties(string path, long revision) =>
        SvnXml.ParseProperties(tool.Svn("proplist", "--xml", "--verbose", SvnUrl.AtRevision(SvnUrl.Join(rootUrl, path), revision)));

    /// <summary>Transactions no commit finishes any more: a load that was killed or failed left them behind.</summary>
    private void RemoveDeadTransactions()
    {
        var transactions = Path.Combine(directory, "db", "transactions");
        if (!Directory.Exists(transactions))
            return;
        var dead = Directory.EnumerateDirectories(transactions, "*.txn").Select(d => Path.GetFileNameWithoutExtension(d)!).ToList();
        if (dead.Count > 0)
            tool.Admin(["rmtxns", directory, .. dead]);
    }

    /// <summary>
    /// Adds the new revision to the model when nothing else was committed meanwhile, so the next <see cref="Head"/>
    /// (every transaction asks) needs no <c>svn log</c>. Text svn would normalize (line breaks, control characters) is
    /// left to a fresh read instead.
    /// </summary>
    private void Remember(long revision, CommitRequest request, SvnCommitPlan plan)
    {
        if (graph.Youngest != revision - 1 || !Plain(request.Message) || !Plain(request.Author))
            return;
        graph.Add(new SvnLogEntry(revision, request.Author, SvnDate.Parse(SvnDate.ToSvn(request.Time)), request.Message) { Properties = plan.RevisionProperties });
    }

    /// <summary>
    /// Text that reads back from <c>svn log --xml</c> exactly as given: svn turns CR line breaks into LF and prints
    /// other control characters (and DEL) as <c>?\NNN</c>; lone surrogates do not survive UTF-8.
    /// </summary>
    private static bool Plain(string text) => text.All(c => (c >= ' ' && c != '\x7f') || c is '\n' or '\t') && !text.Any(char.IsSurrogate);
}
