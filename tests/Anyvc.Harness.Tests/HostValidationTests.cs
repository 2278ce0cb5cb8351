using Anyvc.Channels;
using Anyvc.Channels.Commands;
using Anyvc.Channels.Errors;
using Anyvc.Fixtures;
using Anyvc.Wire;
using NUnit.Framework;

namespace Anyvc.Harness.Tests;

/// <summary>The host checks what a client sends itself: a client in another language may not check it first.</summary>
public class HostValidationTests
{
    private Scratch scratch = null!;
    private Gateway gateway = null!;
    private CommandClient client = null!;

    [SetUp]
    public void Start()
    {
        scratch = new Scratch();
        gateway = Gateway.Start(BackendCatalog.Named("memory").GatewayOptions(ChildEnvironment.Create(scratch.Combine("child"))));
        client = new CommandClient(gateway);
    }

    [TearDown]
    public void Stop()
    {
        gateway.Dispose();
        scratch.Dispose();
    }

    [TestCase("../outside")]
    [TestCase("/etc/passwd")]
    [TestCase("a//b")]
    public void HostRejectsPathsThatEscapeTheRoot(string path)
    {
        var tx = BeginTransaction();
        var stat = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Stat, tx, new TreePathRequest(TreeRef.OfTransaction, path)))!;
        Assert.That(stat.Code, Is.EqualTo(ErrorCodes.InvalidPath));
        var data = client.OpenDataChannel();
        client.Post(RepositoryProtocol.Write, tx, 0, new WriteRequest(path, data.Id));
        var write = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Commit, tx, Unit.Value))!;
        Assert.That(write.Code, Is.EqualTo(ErrorCodes.InvalidPath));
        Assert.That(write.Message, Does.Contain(path));
        Assert.Throws<RemoteException>(() => data.Write(new byte[16]), "the refused write's channel is closed with the error");
    }

    [Test]
    public void ATreeOfTheWrongKindForItsTargetIsRefused()
    {
        var tx = BeginTransaction();
        var error = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Stat, tx, new TreePathRequest(TreeRef.OfRevision("abcd"), "")))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.BadArgument));
        Assert.That(error.Message, Does.Contain("RepositoryState").And.Contain("TransactionState"));
    }

    [Test]
    public void AWorkingCopyTreeIsNotOfferedYet()
    {
        var tx = BeginTransaction();
        var error = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Stat, tx, new TreePathRequest(new TreeRef(TreeKind.Workdir, null), "")))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public void ArgumentsOfTheWrongShapeNameTheCommandAndTheField()
    {
        var repo = client.NewObjectId();
        client.Post(RepositoryProtocol.CreateRepository, 0, repo, scratch.Combine("repo"));
        var malformed = new Command<object?, string>("repo.resolve", CommandMode.Call, TimeoutClass.Quick, Codecs.PlainValue, Codecs.String);
        var error = Assert.Throws<RemoteException>(() => client.Call(malformed, repo, new object?[] { 42L }))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.BadArgument));
        Assert.That(error.Message, Does.Contain("'repo.resolve'").And.Contain("field 'revision' must be a string, not an integer"));
        var time = new Command<object?, Unit>("tx.begin", CommandMode.Posted, TimeoutClass.Quick, Codecs.PlainValue, Codecs.Nothing);
        var tx = client.NewObjectId();
        client.Post(time, repo, tx, new object?[] { "m", "a", new object?[] { 0L, 100_000L }, null, null });
        var poisoned = Assert.Throws<RemoteException>(() => client.Call(RepositoryProtocol.Commit, tx, Unit.Value))!;
        Assert.That(poisoned.Message, Does.Contain("time.offsetMinutes"));
    }

    private long BeginTransaction()
    {
        var repo = client.NewObjectId();
        client.Post(RepositoryProtocol.CreateRepository, 0, repo, scratch.Combine("repo"));
        var tx = client.NewObjectId();
        client.Post(RepositoryProtocol.Begin, repo, tx, new BeginRequest("m", "a", null));
        return tx;
    }
}
