namespace Anyvc.Host;

/// <summary>Metadata of one revision.</summary>
/// <param name="Id">The full id.</param>
/// <param name="Author"><c>Name &lt;email&gt;</c> or a bare name.</param>
/// <param name="Time">Commit time with the offset the backend kept.</param>
/// <param name="Message">The commit message.</param>
/// <param name="Parents">Parent ids, first parent first.</param>
public sealed record RevisionInfo(string Id, string Author, DateTimeOffset Time, string Message, IReadOnlyList<string> Parents);
