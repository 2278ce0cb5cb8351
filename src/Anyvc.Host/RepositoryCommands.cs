using Anyvc.Channels;
using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>The handlers of the repository command set (<see cref="Commands"/>) over one <see cref="IVcsBackend"/>.</summary>
internal sealed class RepositoryCommands(IVcsBackend backend, string stagingRoot)
{
    public CommandServer Register(CommandServer server)
    {
        server.Register(Commands.CreateRepository, c => Bind(c, CreateRepository(c.GetString(0))));
        server.Register(Commands.OpenRepository, c => Bind(c, OpenRepository(c.GetString(0))));
        server.Register(Commands.Head, c => Repo(c).Vcs.Head());
        server.Register(Commands.Count, c => (long)Repo(c).Vcs.History().Count);
        server.Register(Commands.History, c => Repo(c).Vcs.History().ToArray<object?>());
        server.Register(Commands.Resolve, c => Repo(c).Vcs.Resolve(c.GetString(0)));
        server.Register(Commands.RevisionInfo, c => Info(Repo(c).Vcs.Info(c.GetString(0))));
        server.Register(Commands.ChangedFiles, c => Repo(c).Vcs.ChangedFiles(c.GetString(0)).ToArray<object?>());
        server.Register(Commands.Diff, c => Repo(c).Vcs.Diff(c.GetString(0)));
        server.Register(Commands.Begin, c => Bind(c, new TransactionState(Repo(c), c.GetString(0), c.GetString(1),
            c.GetValue(2) is null ? null : WireTime.Decode(c.GetValue(2)), stagingRoot)));
        server.Register(Commands.Write, Write);
        server.Register(Commands.Mkdir, c => { Tx(c).Tree.Mkdir(PathArg(c, 0)); return null; });
        server.Register(Commands.Rename, c => { Tx(c).Tree.Rename(PathArg(c, 0), PathArg(c, 1)); return null; });
        server.Register(Commands.Remove, c => { Tx(c).Tree.Remove(PathArg(c, 0)); return null; });
        server.Register(Commands.Commit, c =>
        {
            var id = Tx(c).Commit();
            c.Release(c.TargetId);
            return id;
        });
        // Abort also follows a failed commit or a transaction that never began: it must not fail again.
        server.Register(Commands.Abort, c => { c.TryTarget<TransactionState>()?.Dispose(); c.Release(c.TargetId); return null; });
        server.Register(Commands.Stat, c => (long)Tree(c).Stat(PathArg(c, 1)));
        server.Register(Commands.List, c => Tree(c).List(PathArg(c, 1)).Select(e => (object?)new object?[] { e.Name, (long)e.Kind }).ToArray());
        server.Register(Commands.Read, c => Read(c));
        return server;
    }

    private static object? Bind(CommandContext context, object value)
    {
        context.Bind(value);
        return null;
    }

    private RepositoryState CreateRepository(string directory)
    {
        if (!Path.IsPathFullyQualified(directory))
            throw new InvalidRepoPathException($"repository directory '{directory}' must be absolute");
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
            throw new AlreadyExistsException($"cannot create a repository in '{directory}': it exists and is not empty");
        Directory.CreateDirectory(directory);
        return new RepositoryState(backend.Create(directory));
    }

    private RepositoryState OpenRepository(string directory)
    {
        if (!Directory.Exists(directory))
            throw new NotFoundException($"no repository at '{directory}': the directory does not exist");
        return new RepositoryState(backend.Open(directory));
    }

    private static RepositoryState Repo(CommandContext c) => c.Target<RepositoryState>();

    private static TransactionState Tx(CommandContext c) => c.Target<TransactionState>();

    private static string PathArg(CommandContext c, int index) => RepoPathSyntax.Normalize(c.GetString(index));

    private static object?[] Info(RevisionInfo info) =>
        [info.Id, info.Author, WireTime.Encode(info.Time), info.Message, info.Parents.ToArray<object?>()];

    /// <summary>A transaction reads its staged tree; a repository reads the tree of the revision named by argument 0.</summary>
    private static IVcsTree Tree(CommandContext c)
    {
        if (c.GetOptionalString(0) is not { } revision)
            return Tx(c).Tree;
        var repository = Repo(c);
        return repository.Tree(repository.Vcs.Resolve(revision));
    }

    /// <summary>The channel is claimed first, so whatever fails after it, the writer hears of it on its stream.</summary>
    private static object? Write(CommandContext c)
    {
        var channel = c.ClaimChannel(1);
        try
        {
            Tx(c).Write(PathArg(c, 0), channel);
        }
        catch (Exception e)
        {
            channel.Close(RemoteErrorData.From(e));
            throw;
        }
        return null;
    }

    private static object? Read(CommandContext c)
    {
        var channel = c.ClaimChannel(2);
        Stream content;
        try
        {
            content = Tree(c).OpenRead(PathArg(c, 1));
        }
        catch (Exception e)
        {
            channel.Close(RemoteErrorData.From(e));
            throw;
        }
        channel.SendFrom(content);
        return null;
    }
}
