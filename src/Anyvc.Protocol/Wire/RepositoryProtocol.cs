using Anyvc.Channels.Commands;

namespace Anyvc.Wire;

/// <summary>
/// The repository command set: every command the client API sends and the host serves, defined once with its
/// codecs, mode and deadline. <c>docs/protocol.md</c>'s command table is checked against <see cref="All"/>.
/// </summary>
public static class RepositoryProtocol
{
    /// <summary>Creates a repository in an absolute directory that does not exist or is empty.</summary>
    public static Command<string, Unit> CreateRepository { get; } = Posted("repo.create", ContractCodecs.Text("directory"),
        "-", "repository", "creates a repository there");

    /// <summary>Opens the repository in an absolute directory.</summary>
    public static Command<string, Unit> OpenRepository { get; } = Posted("repo.open", ContractCodecs.Text("directory"),
        "-", "repository", "opens the repository there; not-found when there is none");

    /// <summary>The default head's id, or nil in an empty repository.</summary>
    public static Command<Unit, string?> Head { get; } = Called("repo.head", TimeoutClass.Tool, Codecs.NoArguments, Codecs.OptionalString,
        "repository", "the default head's id, nil when the repository is empty");

    /// <summary>How many revisions the default line of history has.</summary>
    public static Command<Unit, long> Count { get; } = Called("repo.count", TimeoutClass.Tool, Codecs.NoArguments, Codecs.Int64,
        "repository", "the number of revisions on the default line of history");

    /// <summary>The default line of history, newest first.</summary>
    public static Command<Unit, IReadOnlyList<string>> History { get; } = Called("repo.history", TimeoutClass.Long, Codecs.NoArguments, Codecs.StringList,
        "repository", "revision ids of the default line of history, newest first");

    /// <summary>The full id of a revision id or unique prefix.</summary>
    public static Command<string, string> Resolve { get; } = Called("repo.resolve", TimeoutClass.Tool, ContractCodecs.Text("revision"), Codecs.String,
        "repository", "the full id; not-found for anything else");

    /// <summary>The revision a name or id names.</summary>
    public static Command<string, string> ResolveName { get; } = Called("repo.resolve-name", TimeoutClass.Tool, ContractCodecs.Text("name"), Codecs.String,
        "repository", "the full id of HEAD (the default head), a bookmark, a tag, a branch (its tip), or a revision id or short form, in that order; not-found for anything else");

    /// <summary>The default branch's name.</summary>
    public static Command<Unit, string> DefaultBranch { get; } = Called("repo.default-branch", TimeoutClass.Tool, Codecs.NoArguments, Codecs.String,
        "repository", "the name of the branch the default line of history is on; not-supported without feature Branches");

    /// <summary>Every branch with its tip.</summary>
    public static Command<Unit, IReadOnlyList<NamedRevision>> Branches { get; } = Called("repo.branches", TimeoutClass.Tool, Codecs.NoArguments, NamedRevision.ListCodec,
        "repository", "each branch (closed hg branches excluded) with its tip, sorted by name; not-supported without feature Branches");

    /// <summary>Creates a branch at a revision.</summary>
    public static Command<RefRequest, string> CreateBranch { get; } = Called("repo.branch-create", TimeoutClass.Long, RefRequest.Codec, Codecs.String,
        "repository", "the new branch's tip: the revision, or (without feature LightweightBranches) a new child of it with the same tree");

    /// <summary>Deletes a branch.</summary>
    public static Command<RefRequest, Unit> DeleteBranch { get; } = Called("repo.branch-delete", TimeoutClass.Long, RefRequest.Codec, Codecs.Nothing,
        "repository", "removes the branch from the list (hg closes it); not-found when there is none; the default branch stays");

    /// <summary>Every tag.</summary>
    public static Command<Unit, IReadOnlyList<TagInfo>> Tags { get; } = Called("repo.tags", TimeoutClass.Tool, Codecs.NoArguments, TagInfo.ListCodec,
        "repository", "each tag with the revision it names and its own message, author and time where it has them, sorted by name; not-supported without feature Tags");

    /// <summary>Creates a tag.</summary>
    public static Command<TagRequest, TagInfo> CreateTag { get; } = Called("repo.tag-create", TimeoutClass.Long, TagRequest.Codec, TagInfo.Codec,
        "repository", "the new tag; already-exists when the name is taken");

    /// <summary>Deletes a tag.</summary>
    public static Command<RefRequest, Unit> DeleteTag { get; } = Called("repo.tag-delete", TimeoutClass.Long, RefRequest.Codec, Codecs.Nothing,
        "repository", "removes the tag (hg records the removal in .hgtags, svn deletes its directory); not-found when there is none");

    /// <summary>Every bookmark.</summary>
    public static Command<Unit, IReadOnlyList<NamedRevision>> Bookmarks { get; } = Called("repo.bookmarks", TimeoutClass.Tool, Codecs.NoArguments, NamedRevision.ListCodec,
        "repository", "each bookmark with its revision, sorted by name; not-supported without feature Bookmarks");

    /// <summary>Creates or moves a bookmark.</summary>
    public static Command<RefRequest, Unit> SetBookmark { get; } = Called("repo.bookmark-set", TimeoutClass.Tool, RefRequest.Codec, Codecs.Nothing,
        "repository", "points the bookmark at the revision, creating it or moving it");

    /// <summary>Deletes a bookmark.</summary>
    public static Command<RefRequest, Unit> DeleteBookmark { get; } = Called("repo.bookmark-delete", TimeoutClass.Tool, RefRequest.Codec, Codecs.Nothing,
        "repository", "removes the bookmark; not-found when there is none");

    /// <summary>A revision's metadata.</summary>
    public static Command<string, RevisionInfo> RevisionInfo { get; } = Called("rev.info", TimeoutClass.Tool, ContractCodecs.Text("revision"), Wire.RevisionInfo.Codec,
        "repository", "the revision's metadata");

    /// <summary>Files a revision changed against its first parent.</summary>
    public static Command<string, IReadOnlyList<string>> ChangedFiles { get; } = Called("rev.changes", TimeoutClass.Tool, ContractCodecs.Text("revision"), Codecs.StringList,
        "repository", "file paths added, modified or removed against the first parent, sorted; a rename lists both");

    /// <summary>What a revision did to each path it changed.</summary>
    public static Command<string, IReadOnlyList<Change>> Changes { get; } = Called("rev.change-kinds", TimeoutClass.Tool, ContractCodecs.Text("revision"), ContractCodecs.Changes,
        "repository", "each changed path with added, modified, removed, or renamed and its old path (where the backend records renames), sorted by path");

    /// <summary>A revision's unified diff against its first parent.</summary>
    public static Command<string, string> Diff { get; } = Called("rev.diff", TimeoutClass.Long, ContractCodecs.Text("revision"), Codecs.String,
        "repository", "the unified diff against the first parent (against nothing for the first revision)");

    /// <summary>Files that differ between two revisions, optionally limited to paths.</summary>
    public static Command<RangeRequest, IReadOnlyList<string>> ChangedFilesBetween { get; } = Called("repo.changes", TimeoutClass.Tool, RangeRequest.Codec, Codecs.StringList,
        "repository", "file paths whose content differs from one revision (nil: the empty tree) to the other, sorted; only under the given paths when any");

    /// <summary>The unified diff between two revisions, optionally limited to paths.</summary>
    public static Command<RangeRequest, string> DiffBetween { get; } = Called("repo.diff", TimeoutClass.Long, RangeRequest.Codec, Codecs.String,
        "repository", "the unified diff from one revision (nil: the empty tree) to the other; only under the given paths when any");

    /// <summary>Starts a log walk, read page by page with <see cref="LogNext"/>.</summary>
    public static Command<LogQuery, Unit> Log { get; } = Posted("repo.log", LogQueryCodec.Codec,
        "repository", "log", "starts a walk of the query's revisions; nothing is read until the first page");

    /// <summary>The next page of a log walk.</summary>
    public static Command<long, IReadOnlyList<string>> LogNext { get; } = Called("log.next", TimeoutClass.Long, Codecs.Int64, Codecs.StringList,
        "log", "up to that many more revision ids, newest first; empty once the walk is done");

    /// <summary>The best common ancestor of two revisions.</summary>
    public static Command<RevisionPairRequest, string?> MergeBase { get; } = Called("repo.merge-base", TimeoutClass.Long, RevisionPairRequest.Codec, Codecs.OptionalString,
        "repository", "the newest revision both reach through parents (one of them, if it is the other's ancestor); nil for unrelated histories");

    /// <summary>Whether one revision is an ancestor of another.</summary>
    public static Command<RevisionPairRequest, bool> IsAncestor { get; } = Called("repo.is-ancestor", TimeoutClass.Long, RevisionPairRequest.Codec, Codecs.Boolean,
        "repository", "true when the first is the second or reachable from it through parents");

    /// <summary>The renames a revision recorded (feature Renames).</summary>
    public static Command<string, IReadOnlyList<Rename>> Renames { get; } = Called("rev.renames", TimeoutClass.Tool, ContractCodecs.Text("revision"), ContractCodecs.Renames,
        "repository", "files moved against the first parent, sorted by new path; not-supported without feature Renames");

    /// <summary>For each line of a file at a revision, the revision that last changed it (feature Annotate).</summary>
    public static Command<RevisionPathRequest, IReadOnlyList<AnnotationRun>> Annotate { get; } = Called("rev.annotate", TimeoutClass.Long, RevisionPathRequest.Codec, AnnotationRun.ListCodec,
        "repository", "the file's lines as runs of [revision, count], top to bottom; not-supported without feature Annotate");

    /// <summary>For each entry of a directory at a revision, the revision that last changed it.</summary>
    public static Command<RevisionPathRequest, IReadOnlyList<NamedRevision>> LastChanged { get; } = Called("rev.last-changed", TimeoutClass.Long, RevisionPathRequest.Codec, NamedRevision.ListCodec,
        "repository", "each entry of the directory, sorted by name, with the newest revision of the log from this one whose changes against its first parent touch it");

    /// <summary>Checks the repository with the tool's own verifier.</summary>
    public static Command<Unit, Unit> Verify { get; } = Called("repo.verify", TimeoutClass.Long, Codecs.NoArguments, Codecs.Nothing,
        "repository", "runs the tool's own verifier over the whole repository; fails with its report");

    /// <summary>Starts a transaction.</summary>
    public static Command<BeginRequest, Unit> Begin { get; } = Posted("tx.begin", BeginRequest.Codec,
        "repository", "transaction", "starts a transaction on a branch's tip, on given parents (a merge), or with none (a new root)");

    /// <summary>Stages a file whose content arrives on a data channel.</summary>
    public static Command<WriteRequest, Unit> Write { get; } = Posted("tx.write", WriteRequest.Codec,
        "transaction", "-", "the channel's bytes become the file (parents are created)");

    /// <summary>Stages a directory.</summary>
    public static Command<string, Unit> Mkdir { get; } = Posted("tx.mkdir", ContractCodecs.Text("path"),
        "transaction", "-", "creates the directory and its parents");

    /// <summary>Stages a symbolic link.</summary>
    public static Command<SymlinkRequest, Unit> Symlink { get; } = Posted("tx.symlink", SymlinkRequest.Codec,
        "transaction", "-", "the path becomes a symbolic link to the target (parents are created); not-supported without feature Symlinks");

    /// <summary>Stages a file's executable bit.</summary>
    public static Command<ExecutableRequest, Unit> SetExecutable { get; } = Posted("tx.set-executable", ExecutableRequest.Codec,
        "transaction", "-", "sets or clears the file's executable bit; not-supported without feature ExecutableBit");

    /// <summary>Stages a rename.</summary>
    public static Command<RenameRequest, Unit> Rename { get; } = Posted("tx.rename", RenameRequest.Codec,
        "transaction", "-", "renames a file or directory");

    /// <summary>Stages a copy.</summary>
    public static Command<RenameRequest, Unit> Copy { get; } = Posted("tx.copy", RenameRequest.Codec,
        "transaction", "-", "copies a file or directory, keeping the source (recorded as a copy with feature Copies)");

    /// <summary>Stages a removal.</summary>
    public static Command<string, Unit> Remove { get; } = Posted("tx.remove", ContractCodecs.Text("path"),
        "transaction", "-", "removes a file or directory, recursively");

    /// <summary>Records the transaction as a new revision.</summary>
    public static Command<Unit, string> Commit { get; } = Called("tx.commit", TimeoutClass.Long, Codecs.NoArguments, Codecs.String,
        "transaction", "the new revision's id; the transaction is released");

    /// <summary>Discards the transaction.</summary>
    public static Command<Unit, Unit> Abort { get; } = Posted("tx.abort", Codecs.NoArguments,
        "transaction", "-", "discards and releases the transaction; never fails");

    /// <summary>What a path names in a tree.</summary>
    public static Command<TreePathRequest, EntryKind> Stat { get; } = Called("tree.stat", TimeoutClass.Tool, TreePathRequest.Codec, ContractCodecs.EntryKind,
        "tree owner", "what the path names");

    /// <summary>A directory's entries.</summary>
    public static Command<TreePathRequest, IReadOnlyList<TreeEntry>> List { get; } = Called("tree.list", TimeoutClass.Tool, TreePathRequest.Codec, TreeEntry.ListCodec,
        "tree owner", "the directory's entries, sorted by name; not-found unless it is a directory");

    /// <summary>A symbolic link's target.</summary>
    public static Command<TreePathRequest, string> ReadLink { get; } = Called("tree.readlink", TimeoutClass.Tool, TreePathRequest.Codec, Codecs.String,
        "tree owner", "the link's target as stored; wrong-kind unless it is a symbolic link");

    /// <summary>Streams a file's content back on a data channel.</summary>
    public static Command<TreeReadRequest, Unit> Read { get; } = Called("tree.read", TimeoutClass.Tool, TreeReadRequest.Codec, Codecs.Nothing,
        "tree owner", "streams the file on the channel; not-found unless it is a file");

    /// <summary>Every repository command, in the order the protocol page lists them.</summary>
    public static IReadOnlyList<CommandDescriptor> All { get; } =
    [
        CreateRepository, OpenRepository, Head, Count, History, Resolve, ResolveName, DefaultBranch, Branches, CreateBranch, DeleteBranch, Tags, CreateTag, DeleteTag, Bookmarks, SetBookmark, DeleteBookmark, RevisionInfo, ChangedFiles, Changes, Diff, ChangedFilesBetween, DiffBetween, Log, LogNext, MergeBase, IsAncestor,
        Renames, Annotate, LastChanged, Verify,
        Begin, Write, Mkdir, Symlink, SetExecutable, Rename, Copy, Remove, Commit, Abort, Stat, List, ReadLink, Read,
    ];

    private static Command<TArgs, Unit> Posted<TArgs>(string name, IWireCodec<TArgs> arguments, string target, string creates, string summary) =>
        new(name, CommandMode.Posted, TimeoutClass.Quick, arguments, Codecs.Nothing) { Target = target, Creates = creates, Summary = summary };

    private static Command<TArgs, TResult> Called<TArgs, TResult>(string name, TimeoutClass timeout, IWireCodec<TArgs> arguments, IWireCodec<TResult> result, string target, string summary) =>
        new(name, CommandMode.Call, timeout, arguments, result) { Target = target, Summary = summary };
}
