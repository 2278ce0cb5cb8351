using NUnit.Framework;

/// <summary>Reaps the backend children the harness tests leased (see <see cref="Anyvc.Fixtures.HarnessRunLifetime"/>).</summary>
[SetUpFixture]
public sealed class RunLifetime : Anyvc.Fixtures.HarnessRunLifetime;
