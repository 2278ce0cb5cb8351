namespace Anyvc.Backends.Hg;

/// <summary>
/// Recovery: a commit whose hg process was killed leaves its transaction's journal behind, and hg then refuses every
/// later commit ("abandoned transaction found") until <c>hg recover</c> rolls it back. The journal's presence is a
/// file check, so every commit looks first and recovers when it must.
/// </summary>
internal sealed partial class HgRepository
{
    private void RecoverInterruptedTransaction()
    {
        if (File.Exists(Path.Combine(directory, ".hg", "store", "journal")))
            hg.Text(directory, "recover");
    }
}
