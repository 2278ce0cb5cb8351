using Anyvc.TestSupport;
using Anyvc.Wire;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>The protocol page is what a child in another language is written from: its tables must be the registry's.</summary>
public class ProtocolPageTests
{
    [Test]
    public void TheCommandAndErrorTablesAreTheRegistrys()
    {
        var page = File.ReadAllText(Path.Combine(BuildLayout.RepositoryRoot, "docs", "protocol.md"));
        Assert.That(ProtocolTable.Current(page), Is.EqualTo(ProtocolTable.Markdown()),
            "docs/protocol.md differs from RepositoryProtocol or ErrorTable: run ./build.sh docs and review the change");
    }

    [Test]
    public void EveryCommandSaysWhatItDoes() =>
        Assert.That(RepositoryProtocol.All.Where(c => c.Summary.Length == 0).Select(c => c.Name), Is.Empty);
}
