using Anyvc.Channels;
using Anyvc.Channels.Errors;

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

    public TransactionState(RepositoryState repository, string message, string author, DateTimeOffset? time, string stagingRoot)
    {
        this.repository = repository;
        Message = message;
        Author = author;
        Time = time ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.Now.ToUnixTimeSeconds()).ToOffset(DateTimeOffset.Now.Offset);
        ParentId = repository.Vcs.Head();
        ParentTree = ParentId is null ? null : repository.Tree(ParentId);
        Tree = new StagedTree(ParentTree);
        stagingDirectory = Directory.CreateDirectory(Path.Combine(stagingRoot, Guid.NewGuid().ToString("N"))).FullName;
        repository.Hold();
    }

    public string Message { get; }
    public string Author { get; }
    public DateTimeOffset Time { get; }
    public string? ParentId { get; }
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

    private void EnsureOpen()
    {
        if (finished)
            throw new InvalidOperationException("the transaction was already committed or aborted");
    }
}
