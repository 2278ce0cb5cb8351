using Anyvc.Fixtures;
using NUnit.Framework;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]

/// <summary>Reaps every backend child when the run ends and removes the run directory if nothing was kept.</summary>
[SetUpFixture]
public sealed class RunLifetime
{
    [OneTimeTearDown]
    public void ReapChildren()
    {
        ChildPools.DisposeAll();
        RunDirectory.RemoveIfEmpty();
    }
}
