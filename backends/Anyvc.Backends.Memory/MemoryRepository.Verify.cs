namespace Anyvc.Backends.Memory;

/// <summary>Verifying: every revision's id and every tree's hashes computed again from what is stored.</summary>
public sealed partial class MemoryRepository
{
    /// <inheritdoc />
    public void Verify()
    {
        foreach (var revision in store.All)
        {
            try
            {
                if (revision.Parents.FirstOrDefault(p => store.Find(p) is null) is { } missing)
                    throw new InvalidOperationException($"its parent {missing} is missing");
                if (!revision.Root.Recompute().AsSpan().SequenceEqual(revision.Root.Hash))
                    throw new InvalidOperationException("its tree no longer matches its hash");
                if (RevisionId.Compute(revision.Root, revision.Parents, revision.Author, revision.Time, revision.Message) != revision.Id)
                    throw new InvalidOperationException("its id no longer matches what it records");
            }
            catch (InvalidOperationException e)
            {
                throw new AnyvcException($"memory repository {directory} is damaged: revision {revision.Id}: {e.Message}", e);
            }
        }
    }
}
