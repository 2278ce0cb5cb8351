namespace Anyvc.Harness.Tests;

/// <summary>A private temporary directory per test, removed afterwards.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Path = Directory.CreateTempSubdirectory("anyvc-harness-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Lays out <c>backends/&lt;project&gt;/&lt;project&gt;.csproj</c> folders, as an in-tree backend has.</summary>
    public void AddBackendProjects(params string[] projects)
    {
        foreach (var project in projects)
        {
            Directory.CreateDirectory(Combine("backends", project));
            File.WriteAllText(Combine("backends", project, project + ".csproj"), "<Project />");
        }
    }

    public void Dispose() => Anyvc.Fixtures.RepositoryManager.DeleteTree(Path);
}
