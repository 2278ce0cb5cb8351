using NUnit.Framework;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]

/// <summary>Reaps every backend child when the run ends (see <see cref="Anyvc.Fixtures.HarnessRunLifetime"/>).</summary>
[SetUpFixture]
public sealed class RunLifetime : Anyvc.Fixtures.HarnessRunLifetime;
