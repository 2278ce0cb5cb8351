using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Host;
using Anyvc.Wire;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>A backend that claims a feature its repositories cannot serve is refused by the host, naming the interface.</summary>
public class CapabilityTests
{
    [Test]
    public void DeclaringAFeatureWithoutItsCapabilityIsRefusedAtOnce()
    {
        using var scratch = new Scratch();
        using var gateway = Gateway.StartInProcess(BackendHost.CreateChildHost(new ClaimsRenames(), scratch.Combine("staging")));
        using var connection = new BackendConnection(new CommandClient(gateway));
        Assert.That(connection.Info.Supports(Feature.Renames), Is.True, "the claim reached the client");
        var error = Assert.Throws<AnyvcException>(() => connection.CreateRepository(scratch.Combine("repo")).GetDefaultHead())!;
        Assert.That(error.Message, Does.Contain("declares feature Renames").And.Contain(nameof(IVcsRenames)).And.Contain(nameof(HeadOnlyRepository)));
    }

    [Test]
    public void EveryCapabilityInterfaceBelongsToOneFeature()
    {
        var interfaces = typeof(IVcsRenames).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.StartsWith("IVcs", StringComparison.Ordinal) && t != typeof(IVcsBackend) && t != typeof(IVcsRepository) && t != typeof(IVcsTree));
        Assert.That(Capabilities.Interfaces.Values, Is.EquivalentTo(interfaces));
    }

    private sealed class ClaimsRenames : IVcsBackend
    {
        public BackendInfo Describe() => new("liar", "none", "1", Feature.Renames, null);

        public IVcsRepository Create(string directory) => new HeadOnlyRepository();

        public IVcsRepository Open(string directory) => new HeadOnlyRepository();
    }

    private sealed class HeadOnlyRepository : IVcsRepository
    {
        public string? Head() => null;

        public IReadOnlyList<string> History() => [];

        public string Resolve(string id) => throw new NotFoundException(id);

        public RevisionInfo Info(string id) => throw new NotFoundException(id);

        public IVcsTree Tree(string id) => throw new NotFoundException(id);

        public IReadOnlyList<string> ChangedFiles(string? from, string to) => throw new NotFoundException(to);


        public string Commit(CommitRequest request) => throw new FeatureNotSupportedException("read-only");

        public void Verify()
        {
        }

        public void Dispose()
        {
        }
    }
}
