namespace Anyvc.Host;

/// <summary>One step of a commit as a tree operation; see <see cref="CommitRequest.Operations"/>.</summary>
public abstract record TreeOperation;
