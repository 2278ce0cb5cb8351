using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Fixtures;
using Anyvc.Wire;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>
/// Commands aimed at objects in use or of the wrong kind, as a client in another language might send them: they
/// fail with bad-argument or wait for the users to end, and the child never uses a freed handle (git used to crash).
/// </summary>
public class HostObjectLifetimeTests
{
    [TestCase("git", Category = "git")]
    [TestCase("hg", Category = "hg")]
    [TestCase("memory", Category = "memory")]
    [TestCase("svn", Category = "svn")]
    public void ReleaseAndAbortAimedAtARepositoryInUseAreHarmless(string backend)
    {
        using var scratch = new Scratch();
        using var gateway = Gateway.Start(BackendCatalog.Named(backend).GatewayOptions(ChildEnvironment.Create(scratch.Combine("child"))));
        using var client = new CommandClient(gateway);
        var repo = client.NewObjectId();
        client.Post(RepositoryProtocol.CreateRepository, 0, repo, scratch.Combine("repo"));
        var first = Commit(client, repo, "first");
        var tx = Begin(client, repo, "second");

        client.Post(RepositoryProtocol.Abort, repo, 0, Unit.Value);
        var wrongKind = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Head, repo, Unit.Value))!;
        Assert.That(wrongKind.Code, Is.EqualTo(ErrorCodes.BadArgument));
        Assert.That(client.Call(RepositoryProtocol.Head, repo, Unit.Value), Is.EqualTo(first), "the aborted-at repository was not released");

        client.Post(BuiltinCommands.Release, 0, 0, [repo]);
        Write(client, tx, "b.txt");
        Assert.That(client.Call(RepositoryProtocol.Stat, tx, new TreePathRequest(TreeRef.OfTransaction, "first.txt")), Is.EqualTo(EntryKind.File));
        var second = client.Call(RepositoryProtocol.Commit, tx, Unit.Value);
        Assert.That(second, Is.Not.EqualTo(first));
        var gone = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Head, repo, Unit.Value))!;
        Assert.That(gone.Code, Is.EqualTo(ErrorCodes.UnknownId));
        client.Call(BuiltinCommands.NoOp, 0, Unit.Value);
        Assert.That(gateway.IsAlive, Is.True);
    }

    private static string Commit(CommandClient client, long repo, string name)
    {
        var tx = Begin(client, repo, name);
        Write(client, tx, name + ".txt");
        return client.Call(RepositoryProtocol.Commit, tx, Unit.Value);
    }

    private static long Begin(CommandClient client, long repo, string message)
    {
        var tx = client.NewObjectId();
        client.Post(RepositoryProtocol.Begin, repo, tx, new BeginRequest(message, "Tester", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        return tx;
    }

    private static void Write(CommandClient client, long tx, string path)
    {
        var data = client.OpenDataChannel();
        client.Post(RepositoryProtocol.Write, tx, 0, new WriteRequest(path, data.Id));
        using var stream = data.AsStream();
        stream.Write("content"u8);
    }
}
