using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Host.Diffs;
using Anyvc.Wire;
using static Anyvc.Wire.RepositoryProtocol;

namespace Anyvc.Host;

/// <summary>The handlers of the repository command set (<see cref="RepositoryProtocol"/>) over one <see cref="IVcsBackend"/>.</summary>
internal sealed class RepositoryCommands(IVcsBackend backend, BackendInfo info, string stagingRoot)
{
    public CommandServer Register(CommandServer server)
    {
        server.Register(CreateRepository, (c, directory) => Bind(c, NewRepository(directory)));
        server.Register(OpenRepository, (c, directory) => Bind(c, ExistingRepository(directory)));
        server.Register(Head, (c, _) => Repo(c).Vcs.Head());
        server.Register(Count, (c, _) => (long)Repo(c).Vcs.History().Count);
        server.Register(History, (c, _) => Repo(c).Vcs.History());
        server.Register(Resolve, (c, id) => Repo(c).Vcs.Resolve(id));
        server.Register(ResolveName, (c, name) => Names.Resolve(Repo(c), info, name));
        server.Register(DefaultBranch, (c, _) => Branching.Of(Repo(c), info).DefaultBranch);
        server.Register(RepositoryProtocol.Branches, (c, _) => Branching.Of(Repo(c), info).Branches());
        server.Register(CreateBranch, (c, request) => Branching.Create(Repo(c), info, request));
        server.Register(DeleteBranch, (c, request) => Done(() => Branching.Delete(Repo(c), info, request)));
        server.Register(RepositoryProtocol.Tags, (c, _) => Tagging.Of(Repo(c), info).Tags());
        server.Register(CreateTag, (c, request) => Tagging.Create(Repo(c), info, request));
        server.Register(DeleteTag, (c, request) => Done(() => Tagging.Delete(Repo(c), info, request)));
        server.Register(RepositoryProtocol.Bookmarks, (c, _) => Bookmarking.Of(Repo(c), info).Bookmarks());
        server.Register(SetBookmark, (c, request) => Done(() => Bookmarking.Set(Repo(c), info, request)));
        server.Register(DeleteBookmark, (c, request) => Done(() => Bookmarking.Delete(Repo(c), info, request)));
        // Backends get full ids only: a prefix is resolved first, the same way for every backend.
        server.Register(RepositoryProtocol.RevisionInfo, (c, id) => Repo(c).Vcs.Info(Repo(c).Vcs.Resolve(id)));
        server.Register(ChangedFiles, (c, id) => OwnChanges(c, id, RevisionDiff.ChangedFiles));
        server.Register(Diff, (c, id) => OwnChanges(c, id, RevisionDiff.Format));
        server.Register(RepositoryProtocol.Changes, (c, id) => ChangeKinds.Of(Repo(c), info, Repo(c).Vcs.Resolve(id)));
        server.Register(ChangedFilesBetween, (c, range) => Between(c, range, RevisionDiff.ChangedFiles));
        server.Register(DiffBetween, (c, range) => Between(c, range, RevisionDiff.Format));
        server.Register(Renames, (c, id) => Capabilities.Require<IVcsRenames>(info, Feature.Renames, Repo(c).Vcs).Renames(Repo(c).Vcs.Resolve(id)));
        server.Register(Log, (c, query) => Bind(c, new LogWalk(Repo(c), info, query, query.Path is null ? null : PathOf(query.Path))));
        server.Register(LogNext, (c, count) => c.Target<LogWalk>().Next(count is > 0 and <= 100_000 ? (int)count
            : throw new CommandException(CommandException.BadArgument, $"'{c.Command}' asks for {count} revisions; a page holds 1 to 100000")));
        server.Register(MergeBase, (c, pair) => Ancestry.MergeBase(Repo(c).Vcs, Repo(c).Vcs.Resolve(pair.First), Repo(c).Vcs.Resolve(pair.Second)));
        server.Register(IsAncestor, (c, pair) => Ancestry.IsAncestor(Repo(c).Vcs, Repo(c).Vcs.Resolve(pair.First), Repo(c).Vcs.Resolve(pair.Second)));
        server.Register(RepositoryProtocol.Annotate, (c, request) => Annotation.Of(Repo(c), info, request, PathOf(request.Path)));
        server.Register(LastChanged, (c, request) => LastChanges.Of(Repo(c), info, request, PathOf(request.Path)));
        server.Register(Verify, (c, _) => Done(() => Repo(c).Vcs.Verify()));
        server.Register(Begin, (c, request) => Bind(c, new TransactionState(Repo(c), info, request, stagingRoot)));
        server.Register(Write, Stage);
        server.Register(Mkdir, (c, path) => Done(() => Tx(c).Tree.Mkdir(PathOf(path))));
        server.Register(RepositoryProtocol.Symlink, (c, request) => Done(() =>
        {
            RequireFeature(Feature.Symlinks);
            PathKinds.RequireFileName(request.Path, "link");
            PathKinds.RequireLinkTarget(request.Path, request.Target);
            Tx(c).Symlink(PathOf(request.Path), request.Target);
        }));
        server.Register(SetExecutable, (c, request) => Done(() =>
        {
            RequireFeature(Feature.ExecutableBit);
            PathKinds.RequireFileName(request.Path, "set the executable bit of");
            Tx(c).Tree.SetExecutable(PathOf(request.Path), request.Executable);
        }));
        server.Register(RepositoryProtocol.Rename, (c, request) => Done(() => RenameStaged(Tx(c).Tree, request)));
        server.Register(RepositoryProtocol.Copy, (c, request) => Done(() =>
        {
            var from = PathOf(request.From);
            PathKinds.RequireDirectoryIfNamed(Tx(c).Tree, request.From, from, "copy");
            if (Tx(c).Tree.Stat(from) != EntryKind.Directory)
                PathKinds.RequireFileName(request.To, $"copy '{from}' to");
            Tx(c).Tree.Copy(from, PathOf(request.To));
        }));
        server.Register(Remove, (c, path) => Done(() =>
        {
            PathKinds.RequireDirectoryIfNamed(Tx(c).Tree, path, PathOf(path), "remove");
            Tx(c).Tree.Remove(PathOf(path));
        }));
        server.Register(Commit, (c, _) =>
        {
            var id = Tx(c).Commit();
            c.Release(c.TargetId);
            return id;
        });
        // Abort also follows a failed commit or a transaction that never began: it must not fail again. Aimed at
        // anything else (a repository), it must not release that.
        server.Register(Abort, (c, _) =>
        {
            if (c.TryTarget<object>() is { } target and not TransactionState)
                throw new CommandException(CommandException.BadArgument, $"'{c.Command}' aims at object {c.TargetId}, which is a {target.GetType().Name}, not a transaction");
            c.Release(c.TargetId);
            return Unit.Value;
        });
        server.Register(Stat, (c, request) => PathKinds.Stat(TreeOf(c, request.Tree), request.Path, PathOf(request.Path)));
        server.Register(List, (c, request) => PathKinds.List(TreeOf(c, request.Tree), request.Tree, PathOf(request.Path)));
        server.Register(ReadLink, (c, request) => PathKinds.ReadLink(TreeOf(c, request.Tree), request.Tree, PathOf(request.Path)));
        server.Register(Read, ReadFile);
        return server;
    }

    private static Unit Bind(CommandContext context, object value)
    {
        try
        {
            context.Bind(value);
        }
        catch
        {
            (value as IDisposable)?.Dispose();
            throw;
        }
        return Unit.Value;
    }

    private static Unit Done(Action change)
    {
        change();
        return Unit.Value;
    }

    private RepositoryState NewRepository(string directory)
    {
        if (!Path.IsPathFullyQualified(directory))
            throw new InvalidRepoPathException($"repository directory '{directory}' must be absolute");
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
            throw new AlreadyExistsException($"cannot create a repository in '{directory}': it exists and is not empty");
        Directory.CreateDirectory(directory);
        return Checked(backend.Create(directory));
    }

    private RepositoryState ExistingRepository(string directory)
    {
        if (!Path.IsPathFullyQualified(directory))
            throw new InvalidRepoPathException($"repository directory '{directory}' must be absolute");
        if (!Directory.Exists(directory))
            throw new NotFoundException($"no repository at '{directory}': the directory does not exist");
        return Checked(backend.Open(directory));
    }

    private RepositoryState Checked(IVcsRepository repository)
    {
        try
        {
            Capabilities.Verify(info, repository);
        }
        catch
        {
            repository.Dispose();
            throw;
        }
        return new RepositoryState(repository);
    }

    /// <summary>What revision <paramref name="id"/> changed against its first parent.</summary>
    private static T OwnChanges<T>(CommandContext c, string id, Func<RepositoryState, string?, string, IReadOnlyList<string>, T> compare)
    {
        var full = Repo(c).Vcs.Resolve(id);
        return compare(Repo(c), RevisionDiff.FirstParent(Repo(c), full), full, []);
    }

    private T Between<T>(CommandContext c, RangeRequest range, Func<RepositoryState, string?, string, IReadOnlyList<string>, T> compare)
    {
        var vcs = Repo(c).Vcs;
        return compare(Repo(c), range.From is null ? null : vcs.Resolve(range.From), vcs.Resolve(range.To), range.Paths.Select(PathOf).ToList());
    }

    private void RequireFeature(Feature feature)
    {
        if (!info.Supports(feature))
            throw new FeatureNotSupportedException($"the {info.Name} backend lacks feature {info.Lacking(feature)}");
    }

    private static RepositoryState Repo(CommandContext c) => c.Target<RepositoryState>();

    private static TransactionState Tx(CommandContext c) => c.Target<TransactionState>();

    private string PathOf(string path) => RepoPathSyntax.Normalize(path, info.ReservedNames);

    /// <summary>The tree a command names: a revision of the targeted repository, or the targeted transaction's.</summary>
    private static IVcsTree TreeOf(CommandContext c, TreeRef tree) => tree.Kind switch
    {
        TreeKind.Revision => Repo(c).Tree(Repo(c).Vcs.Resolve(tree.Revision!)),
        TreeKind.Transaction => Tx(c).Tree,
        _ => throw new FeatureNotSupportedException($"'{c.Command}' names a {tree} tree, which this backend does not offer"),
    };

    private void RenameStaged(StagedTree tree, RenameRequest request)
    {
        var from = PathOf(request.From);
        PathKinds.RequireDirectoryIfNamed(tree, request.From, from, "rename");
        if (tree.Stat(from) == EntryKind.File)
            PathKinds.RequireFileName(request.To, $"rename '{from}' to");
        tree.Rename(from, PathOf(request.To));
    }

    /// <summary>The channel is claimed first, so whatever fails after it, the writer hears of it on its stream.</summary>
    private Unit Stage(CommandContext c, WriteRequest request)
    {
        var channel = c.ClaimChannel(request.Channel);
        try
        {
            PathKinds.RequireFileName(request.Path, "write");
            Tx(c).Write(PathOf(request.Path), channel);
        }
        catch (Exception e)
        {
            channel.Close(RemoteErrorData.From(e));
            throw;
        }
        return Unit.Value;
    }

    private Unit ReadFile(CommandContext c, TreeReadRequest request)
    {
        var channel = c.ClaimChannel(request.Channel);
        Stream content;
        try
        {
            content = PathKinds.OpenRead(TreeOf(c, request.Tree), request.Tree, request.Path, PathOf(request.Path), info.Supports(Feature.Symlinks));
        }
        catch (Exception e)
        {
            channel.Close(RemoteErrorData.From(e));
            throw;
        }
        channel.SendFrom(content);
        return Unit.Value;
    }
}
