using System.Security.Cryptography;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

[BackendFixture]
public class Content(Backend backend) : BackendTest(backend)
{
    [Test]
    public void WriteThroughStreamAndWholeContent()
    {
        var repo = Mgr.MakeRepo("repo");
        using (var tx = repo.Transaction("streams", Fixed.Author, Fixed.When))
        {
            using (var stream = tx.Root.Join("streamed.txt").Open(FileMode.Create))
            {
                stream.Write("part one, "u8);
                stream.Write("part two"u8);
            }
            tx.Root.Join("whole.txt").WriteAllText("whole");
            tx.Commit();
        }
        var root = repo.GetDefaultHead()!.Root;
        Assert.That(root.Join("streamed.txt").ReadAllText(), Is.EqualTo("part one, part two"));
        Assert.That(root.Join("whole.txt").ReadAllText(), Is.EqualTo("whole"));
        using var read = root.Join("streamed.txt").Open(FileMode.Open);
        var first = new byte[4];
        read.ReadExactly(first);
        Assert.That(first, Is.EqualTo("part"u8.ToArray()));
    }

    [Test]
    public void BinaryContentRoundTrip()
    {
        var repo = Mgr.MakeRepo("repo");
        var every = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var bytes = every.Concat(every.Reverse()).Concat("\r\n\n\r\0"u8.ToArray()).ToArray();
        Fixed.Commit(repo, "binary", root => root.Join("all-bytes.bin").WriteAllBytes(bytes));
        Assert.That(repo.GetDefaultHead()!.Root.Join("all-bytes.bin").ReadAllBytes(), Is.EqualTo(bytes));
    }

    [Test]
    public void UnicodeFileNames()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "unicode", root =>
        {
            root.Join("ünïcödé/日本語.txt").WriteAllText("こんにちは");
            root.Join("emoji 🎉 and spaces.txt").WriteAllText("party");
        });
        var root = repo.GetDefaultHead()!.Root;
        Assert.That(root.Join("ünïcödé/日本語.txt").ReadAllText(), Is.EqualTo("こんにちは"));
        Assert.That(root.Join("emoji 🎉 and spaces.txt").ReadAllText(), Is.EqualTo("party"));
        Assert.That(root.List().Select(p => p.Name), Is.EquivalentTo(new[] { "ünïcödé", "emoji 🎉 and spaces.txt" }));
    }

    [Test]
    public void EmptyFile()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "empty", root => root.Join("empty").WriteAllBytes([]));
        var file = repo.GetDefaultHead()!.Root.Join("empty");
        Assert.That(file.IsFile, Is.True);
        Assert.That(file.ReadAllBytes(), Is.Empty);
    }

    [Test]
    public void LargeFileStreamed()
    {
        const int chunk = 1 << 20;
        const int chunks = 16;
        var repo = Mgr.MakeRepo("repo");
        using var written = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var tx = repo.Transaction("large", Fixed.Author, Fixed.When))
        {
            using (var stream = tx.Root.Join("large.bin").Open(FileMode.Create))
            {
                var buffer = new byte[chunk];
                for (var i = 0; i < chunks; i++)
                {
                    Random.Shared.NextBytes(buffer);
                    written.AppendData(buffer);
                    stream.Write(buffer);
                }
                stream.Write("tail"u8);
                written.AppendData("tail"u8);
            }
            tx.Commit();
        }
        using var read = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        using (var stream = repo.GetDefaultHead()!.Root.Join("large.bin").Open(FileMode.Open))
        {
            var buffer = new byte[100_003];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                read.AppendData(buffer, 0, n);
                total += n;
            }
        }
        Assert.That(total, Is.EqualTo((long)chunk * chunks + 4));
        Assert.That(read.GetHashAndReset(), Is.EqualTo(written.GetHashAndReset()));
    }

    [Test]
    public void ReadsInsideATransactionSeeStagedChanges()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "base", root => root.Join("base.txt").WriteAllText("base"));
        using var tx = repo.Transaction("staged", Fixed.Author, Fixed.When);
        tx.Root.Join("new/file.txt").WriteAllText("new");
        Assert.That(tx.Root.Join("base.txt").ReadAllText(), Is.EqualTo("base"));
        Assert.That(tx.Root.Join("new/file.txt").ReadAllText(), Is.EqualTo("new"));
        Assert.That(tx.Root.List().Select(p => p.Name), Is.EqualTo(new[] { "base.txt", "new" }));
        Assert.That(repo.GetDefaultHead()!.Root.Join("new").Exists, Is.False, "nothing is visible before Commit");
    }

    [Test]
    public void MissingFileIsNotFound()
    {
        var repo = Mgr.MakeRepo("repo");
        Fixed.Commit(repo, "one", root => root.Join("present").WriteAllText("x"));
        var error = Assert.Throws<NotFoundException>(() => repo.GetDefaultHead()!.Root.Join("absent").ReadAllText())!;
        Assert.That(error.Message, Does.Contain("absent").And.Contain(Backend.Name));
    }

    [Test]
    public void BinaryFilesOfADeclaredHistoryKeepEveryByte()
    {
        var h = Mgr.MakeRepo("binary", history: "binary");
        var folder = Path.Combine(Fixtures.Histories.HistoryFiles.Folder, "binary");
        Assert.Multiple(() =>
        {
            Assert.That(h["b0"].Root.Join("logo.png").ReadAllBytes(), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "logo-1.png"))));
            Assert.That(h["b1"].Root.Join("logo.png").ReadAllBytes(), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "logo-2.png"))));
            Assert.That(h["b2"].Root.Join("images/logo.png").ReadAllBytes(), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "logo-2.png"))));
            Assert.That(h["b3"].Root.Join("data.bin").ReadAllBytes(), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "zeros.bin"))));
            Assert.That(h["b3"].Root.Join("data.bin").Size, Is.EqualTo(new FileInfo(Path.Combine(folder, "zeros.bin")).Length));
            Assert.That(h["b1"].DiffToParent(), Does.Contain("Binary files a/logo.png and b/logo.png differ"));
            Assert.That(h["b4"].Root.List().Select(e => e.Name), Is.EqualTo(new[] { "data.bin", "notes.txt" }));
        });
    }
}
