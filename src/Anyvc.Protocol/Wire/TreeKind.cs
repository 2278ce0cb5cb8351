namespace Anyvc.Wire;

/// <summary>Which tree a tree command reads; on the wire the lowercase name.</summary>
public enum TreeKind
{
    /// <summary>A revision's tree: the command targets the repository and names the revision.</summary>
    Revision,

    /// <summary>A transaction's staged tree: the command targets the transaction.</summary>
    Transaction,

    /// <summary>A working copy's tree: the command targets the working copy (reserved; no backend offers one yet).</summary>
    Workdir,
}
