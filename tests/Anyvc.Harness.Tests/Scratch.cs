namespace Anyvc.Harness.Tests;

/// <summary>A private temporary directory per test, removed afterwards.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Path = Directory.CreateTempSubdirectory("anyvc-harness-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose() => Anyvc.Fixtures.RepositoryManager.DeleteTree(Path);
}
