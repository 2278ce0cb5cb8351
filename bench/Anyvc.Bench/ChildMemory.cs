using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Fixtures;

namespace Anyvc.Bench;

/// <summary>
/// Resident memory of one backend child after a small workload (P8), plus what the child itself started (hg's
/// command server), which the child's own VmRSS does not include; and the workload's median commit time.
/// </summary>
internal sealed record ChildMemory(double ChildMiB, double HelpersMiB, IReadOnlyList<string> Helpers, double CommitMs)
{
    /// <summary>Starts <paramref name="backend"/>'s child, runs <see cref="ApiWorkload"/> in <paramref name="repository"/>, reads /proc, stops it.</summary>
    public static ChildMemory Measure(Backend backend, ChildEnvironment environment, string repository)
    {
        using var gateway = Gateway.Start(backend.GatewayOptions(environment));
        using var connection = new BackendConnection(new CommandClient(gateway));
        var commitMs = ApiWorkload.Run(connection, repository);
        var child = ProcMemory.RssMiB(gateway.ProcessId) ?? throw new InvalidOperationException($"{gateway} has no /proc entry");
        var helpers = ProcMemory.Descendants(gateway.ProcessId);
        var helpersMiB = helpers.Sum(pid => ProcMemory.RssMiB(pid) ?? 0);
        return new ChildMemory(child, helpersMiB, helpers.Select(ProcMemory.CommandLine).ToList(), commitMs);
    }
}
