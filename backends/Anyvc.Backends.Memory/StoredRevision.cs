namespace Anyvc.Backends.Memory;

/// <summary>One committed revision; never changes.</summary>
/// <param name="Id">Its id (see <see cref="RevisionId"/>).</param>
/// <param name="Root">Its tree.</param>
/// <param name="Parents">Parent ids, first parent first.</param>
/// <param name="Author">The canonical author (<see cref="Author.Format"/>).</param>
/// <param name="Time">The commit time, whole seconds, with its offset.</param>
/// <param name="Message">The message as given.</param>
/// <param name="Renames">Files moved from one path to another, sorted by <c>To</c>.</param>
/// <param name="Copies">Files copied from a path that still holds a file, sorted by <c>To</c>.</param>
internal sealed record StoredRevision(
    string Id,
    DirectoryNode Root,
    IReadOnlyList<string> Parents,
    string Author,
    DateTimeOffset Time,
    string Message,
    IReadOnlyList<Rename> Renames,
    IReadOnlyList<Rename> Copies);
