using Anyvc.Fixtures;
using NUnit.Framework;

/// <summary>Reaps the backend children the harness tests leased and removes the run directory if nothing was kept.</summary>
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
