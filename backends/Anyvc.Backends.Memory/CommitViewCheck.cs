using Anyvc.Host;

namespace Anyvc.Backends.Memory;

/// <summary>
/// A commit request describes its changes twice, as tree operations and as final file states, and each backend reads
/// only one of them. The reference backend applies the operations and then checks that the file states describe the
/// same tree, so a host that lets the views drift apart fails here instead of making backends disagree.
/// </summary>
internal static class CommitViewCheck
{
    public static void Verify(CommitRequest request, DirectoryNode? parent, DirectoryNode result)
    {
        RequireSorted(request.Files.Select(f => f.Path).ToList(), "Files");
        RequireSorted(request.RemovedFiles, "RemovedFiles");
        foreach (var file in request.Files)
            VerifyFile(request, file, parent, result);
        foreach (var removed in request.RemovedFiles)
            if (parent?.Find(removed) is not FileNode || result.Find(removed) is FileNode)
                throw new InvalidCommitRequestException($"RemovedFiles lists '{removed}', which is not a parent file the operations removed");
        var listed = request.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removedFiles = request.RemovedFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var change in TreeComparison.ChangedFiles(parent, result))
        {
            if (change.After is not null && !listed.Contains(change.Path))
                throw new InvalidCommitRequestException($"the operations change '{change.Path}', which Files does not list");
            if (change.After is null && !removedFiles.Contains(change.Path))
                throw new InvalidCommitRequestException($"the operations remove '{change.Path}', which RemovedFiles does not list");
        }
    }

    private static void VerifyFile(CommitRequest request, FileChange file, DirectoryNode? parent, DirectoryNode result)
    {
        if ((file.ContentFile is null) == (file.BaseSource is null))
            throw new InvalidCommitRequestException($"'{file.Path}' in Files needs exactly one of ContentFile and BaseSource");
        if (file.CopiedFrom is { } source && parent?.Find(source) is not FileNode)
            throw new InvalidCommitRequestException($"'{file.Path}' is copied from '{source}', which is not a parent file");
        if (result.Find(file.Path) is not FileNode applied)
            throw new InvalidCommitRequestException($"Files lists '{file.Path}', which the operations do not leave as a file");
        using var content = new MemoryStream();
        using (var stream = file.OpenContent(request.ParentTree))
            stream.CopyTo(content);
        if (!content.GetBuffer().AsSpan(0, (int)content.Length).SequenceEqual(applied.Content))
            throw new InvalidCommitRequestException($"'{file.Path}' has other content in Files than the operations give it");
        if (file.Kind != applied.Kind || file.Executable != applied.Executable)
            throw new InvalidCommitRequestException($"'{file.Path}' is a {file.Kind} (executable: {file.Executable}) in Files but a {applied.Kind} (executable: {applied.Executable}) after the operations");
    }

    private static void RequireSorted(IReadOnlyList<string> paths, string view)
    {
        for (var i = 1; i < paths.Count; i++)
            if (string.CompareOrdinal(paths[i - 1], paths[i]) >= 0)
                throw new InvalidCommitRequestException($"{view} is not sorted without duplicates at '{paths[i]}'");
    }
}
