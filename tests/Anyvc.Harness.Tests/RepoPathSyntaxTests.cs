using NUnit.Framework;

namespace Anyvc.Harness.Tests;

public class RepoPathSyntaxTests
{
    [TestCase("a:b", "a:b")]
    [TestCase("dir/x:y", "dir/x:y")]
    [TestCase("ab:c/d", "ab:c/d")]
    public void AColonIsAPlainCharacter(string path, string canonical) =>
        Assert.That(RepoPathSyntax.Normalize(path), Is.EqualTo(canonical));

    [TestCase("C:", "Windows drive")]
    [TestCase("C:/Windows", "Windows drive")]
    [TestCase("/etc/passwd", "absolute")]
    [TestCase("a/../../x", "escapes")]
    public void PathsOutsideTheRootAreRefusedSayingWhy(string path, string why) =>
        Assert.That(Assert.Throws<InvalidRepoPathException>(() => RepoPathSyntax.Normalize(path))!.Message, Does.Contain(path).And.Contain(why));

    [Test]
    public void ReservedNamesAreRefusedAtAnyDepthAndCase() =>
        Assert.That(Assert.Throws<InvalidRepoPathException>(() => RepoPathSyntax.Normalize("a/.HG/x", [".hg"]))!.Message, Does.Contain("'.HG'").And.Contain("reserves"));
}
