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
        RemoveDeadTransactions();
        var revision = Youngest() + 1;
        var parent = request.ParentId is null ? new Dictionary<string, SvnListEntry>() : TreeAt(Number(request.ParentId)).Nodes;
        try
        {
            // A copy source is a revision number the loader offsets by (dump number - new number): they must agree.
            tool.Load(directory, output => SvnCommitDump.Write(output, revision, request, parent));
        }
        catch (AnyvcException)
        {
            RemoveDeadTransactions();
            throw;
        }
        if (Youngest() != revision)
            throw new AnyvcException($"svn backend: the commit to {directory} did not become revision {revision} (the youngest is now {Youngest()}): another writer committed meanwhile");
        Remember(revision, request);
        return Id(revision);
    }

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
}
