using Anyvc.Channels;
using Anyvc.Channels.Errors;
using Anyvc.Wire;

namespace Anyvc.Host;

/// <summary>A transaction in the backend child: the staged tree, its staged content files, and open write streams.</summary>
internal sealed class TransactionState : IDisposable
{
    private readonly RepositoryState repository;
    private readonly string stagingDirectory;
    private readonly HashSet<string> openWrites = new(StringComparer.Ordinal);
    private int nextFile;
    private RemoteErrorData? writeFailure;
    private bool finished;

    public TransactionState(RepositoryState repository, BackendInfo info, BeginRequest request, string stagingRoot)
    {
        this.repository = repository;
        Message = request.Message;
        Author = request.Author;
        Time = TimeOrNow(request.Time);
        (Branch, Parents) = ParentsOf(repository, info, request);
        ParentId = Parents.FirstOrDefault();
        ParentTree = ParentId is null ? null : repository.Tree(ParentId);
        Tree = new StagedTree(ParentTree);
        stagingDirectory = Directory.CreateDirectory(Path.Combine(stagingRoot, Guid.NewGuid().ToString("N"))).FullName;
        repository.Hold();
    }

    public string Message { get; }
    public string Author { get; }
    public DateTimeOffset Time { get; }
    public string? ParentId { get; }
    public IReadOnlyList<string> Parents { get; }
    public string? Branch { get; }
    public IVcsTree? ParentTree { get; }
    public StagedTree Tree { get; }

    /// <summary>Stages a file whose bytes arrive on <paramref name="channel"/>.</summary>
    public void Write(string path, Channel channel)
    {
        EnsureOpen();
        var file = Path.Combine(stagingDirectory, (nextFile++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var sink = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16);
        try
        {
            Tree.Write(path, file);
        }
        catch
        {
            sink.Dispose();
            throw;
        }
        openWrites.Add(path);
        channel.ReceiveInto(sink, error =>
        {
            openWrites.Remove(path);
            if (error is not null)
                writeFailure ??= error with { Message = $"writing '{path}' failed: {error.Message}" };
        });
    }

    /// <summary>Stages a symbolic link to <paramref name="target"/>, kept as bytes like a file's content.</summary>
    public void Symlink(string path, string target)
    {
        EnsureOpen();
        var file = Path.Combine(stagingDirectory, (nextFile++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllBytes(file, System.Text.Encoding.UTF8.GetBytes(target));
        Tree.Symlink(path, file);
    }

    public string Commit()
    {
        EnsureOpen();
        if (writeFailure is { } failure)
            throw new AnyvcException(failure.Message);
        if (openWrites.Count > 0)
            throw new InvalidOperationException($"'{openWrites.First()}' is still open for writing; dispose its stream before Commit()");
        var (name, email) = Anyvc.Author.Parse(Author);
        var (operations, files, removed) = Tree.Changes();
        var id = repository.Vcs.Commit(new CommitRequest
        {
            Message = Message,
            Author = Author,
            AuthorName = name,
            AuthorEmail = email,
            Time = Time,
            ParentId = ParentId,
            MergeParents = Parents.Skip(1).ToList(),
            Branch = Branch,
            ParentTree = ParentTree,
            Operations = operations,
            Files = files,
            RemovedFiles = removed,
        });
        Dispose();
        return id;
    }

    public void Dispose()
    {
        if (finished)
            return;
        finished = true;
        try
        {
            Directory.Delete(stagingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a stream still writing: the host's staging root is removed at exit
        }
        repository.Unhold();
    }

    /// <summary>A caller's time, or now to the second in the local offset.</summary>
    public static DateTimeOffset TimeOrNow(DateTimeOffset? time) =>
        time ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.Now.ToUnixTimeSeconds()).ToOffset(DateTimeOffset.Now.Offset);

    /// <summary>
    /// The parents a transaction commits onto: the branch's tip unless the caller chose them. Chosen parents must keep
    /// an existing branch's line: its tip comes first.
    /// </summary>
    private static (string? Branch, IReadOnlyList<string> Parents) ParentsOf(RepositoryState repository, BackendInfo info, BeginRequest request)
    {
        var branches = request.Branch is null ? null : Branching.Of(repository, info);
        // The default branch travels as null, whatever name the caller used for it.
        var branch = request.Branch == branches?.DefaultBranch ? null : request.Branch;
        var tip = branch is null ? repository.Vcs.Head() : Branching.TipOf(branches!, branch);
        if (branch is not null && tip is null)
            Branching.CheckNewName(branches!, branch);
        if (request.Parents is null)
            return tip is not null ? (branch, [tip])
                : branch is null ? (branch, [])
                : throw new NotFoundException($"{Branching.Unknown(branches!, branch).Message}: create it first, or begin it with its parents (none for a branch with no common history)");
        var parents = request.Parents.Select(repository.Vcs.Resolve).ToList();
        if (parents.Count >= 2 && !info.Supports(Feature.Merges))
            throw new FeatureNotSupportedException($"the {info.Name} backend lacks feature {info.Lacking(Feature.Merges)}");
        if (parents.Count >= 3 && !info.Supports(Feature.OctopusMerges))
            throw new FeatureNotSupportedException($"a merge of {parents.Count} parents: the {info.Name} backend lacks feature {info.Lacking(Feature.OctopusMerges)}");
        if (parents.Distinct(StringComparer.Ordinal).Count() != parents.Count)
            throw new AnyvcException($"the parents {string.Join(", ", parents)} name one revision twice");
        if (tip is not null && parents.FirstOrDefault() != tip)
            throw new AlreadyExistsException($"branch '{branch ?? branches?.DefaultBranch ?? "default"}' exists at {tip}: a commit onto it has its tip as first parent"
                + (parents.Count == 0 ? "; a new root needs a new branch" : $", not {parents[0]}"));
        return (branch, parents);
    }

    private void EnsureOpen()
    {
        if (finished)
            throw new InvalidOperationException("the transaction was already committed or aborted");
    }
}
