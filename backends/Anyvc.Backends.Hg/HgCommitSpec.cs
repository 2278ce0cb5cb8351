using System.Text.Json;
using Anyvc.Host;

namespace Anyvc.Backends.Hg;

/// <summary>Writes the JSON spec that <c>anyvc_ext.py</c>'s <c>anyvc-commit</c> turns into a memctx (format documented there).</summary>
internal static class HgCommitSpec
{
    /// <summary>Writes <paramref name="request"/> to <paramref name="file"/>.</summary>
    public static void Write(CommitRequest request, string file, bool close = false)
    {
        using var stream = File.Create(file);
        using var json = new Utf8JsonWriter(stream);
        var (unixTime, secondsWest) = HgDate.ToHg(request.Time);
        json.WriteStartObject();
        json.WriteString("parent", request.ParentId);
        json.WriteString("parent2", request.MergeParents.Count > 0 ? request.MergeParents[0] : null);
        json.WriteString("branch", request.Branch ?? HgRepository.DefaultBranchName);
        json.WriteBoolean("close", close);
        json.WriteString("message", request.Message);
        // Exactly as given ("Name <email>" or a bare name): hg stores the user string verbatim.
        json.WriteString("user", request.Author);
        json.WriteStartArray("date");
        json.WriteNumberValue(unixTime);
        json.WriteNumberValue(secondsWest);
        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var change in request.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", change.Path);
            json.WriteString("content", change.ContentFile is null ? null : Path.GetFullPath(change.ContentFile));
            json.WriteString("source", change.BaseSource);
            json.WriteString("copy", change.CopiedFrom);
            json.WriteBoolean("link", change.Kind == EntryKind.Symlink);
            json.WriteBoolean("exec", change.Executable);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (var path in request.RemovedFiles)
            json.WriteStringValue(path);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
