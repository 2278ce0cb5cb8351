namespace Anyvc.Bench;

/// <summary>
/// Iteration counts. The full run is sized to finish in about two minutes on the 2-core VM (two placements of
/// channel figures, then seven conformance runs three times each; the brief allows four); <c>--quick</c> is a smoke run of a few seconds
/// per figure whose numbers are noisy.
/// </summary>
internal sealed record BenchSettings(
    int RoundTripWarmup,
    int RoundTrips,
    int PipelinedMessages,
    long BulkBytes,
    int SpawnWarmups,
    int Spawns,
    int HgIterations,
    int SuiteRepetitions,
    int BranchyRounds,
    int TemplateRounds)
{
    public static BenchSettings Full { get; } = new(
        RoundTripWarmup: 5_000,
        RoundTrips: 50_000,
        PipelinedMessages: 500_000,
        BulkBytes: 256L << 20,
        SpawnWarmups: 2,
        Spawns: 20,
        HgIterations: 30,
        SuiteRepetitions: 3,
        BranchyRounds: 12,
        TemplateRounds: 9);

    public static BenchSettings Quick { get; } = new(
        RoundTripWarmup: 500,
        RoundTrips: 5_000,
        PipelinedMessages: 50_000,
        BulkBytes: 32L << 20,
        SpawnWarmups: 1,
        Spawns: 5,
        HgIterations: 5,
        SuiteRepetitions: 1,
        BranchyRounds: 2,
        TemplateRounds: 1);

    /// <summary>Payload of a raw frame: 16 bytes, as in the peer benchmarks (20 bytes on the wire).</summary>
    public const int RawPayload = 16;

    /// <summary>Size of one write in the bulk figures, as in the peer benchmarks.</summary>
    public const int BulkWrite = 64 * 1024;
}
