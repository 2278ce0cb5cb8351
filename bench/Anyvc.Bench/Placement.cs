namespace Anyvc.Bench;

/// <summary>
/// Where parent and child run (docs/performance.md): <c>same</c> pins both to CPU 0, so a wake-up costs no
/// cross-CPU interrupt; <c>free</c> lets the scheduler decide, which on these VMs adds ~25 µs per wake-up.
/// </summary>
internal sealed record Placement(string Name, ulong ParentMask, IReadOnlyList<string> ChildWrapper)
{
    public static Placement Same { get; } = new("same", 1, ["taskset", "-c", "0"]);

    public static Placement Free { get; } = new("free", ThreadAffinity.AllCpus, []);

    /// <summary>Pins (or unpins) this process; children started afterwards get <see cref="ChildWrapper"/>.</summary>
    public void Apply() => ThreadAffinity.Set(ParentMask);
}
