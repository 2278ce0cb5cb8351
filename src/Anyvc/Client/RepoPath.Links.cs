using Anyvc.Wire;

namespace Anyvc;

/// <summary>Symbolic links and the executable bit of a <see cref="RepoPath"/> (<see cref="Feature.Symlinks"/>, <see cref="Feature.ExecutableBit"/>).</summary>
public sealed partial class RepoPath
{
    /// <summary>True when this path is a symbolic link.</summary>
    public bool IsSymlink => Kind == EntryKind.Symlink;

    /// <summary>True when this path is a file with its executable bit set (from its directory's listing).</summary>
    /// <exception cref="NotFoundException">Nothing exists at this path.</exception>
    public bool IsExecutable
    {
        get
        {
            if (listed is { } entry)
                return entry.Executable;
            if (Parent is not { } parent)
                return false;
            var match = parent.List().FirstOrDefault(child => child.Name == Name) ?? throw new NotFoundException($"{tree.Describe()}: no '{Path}'");
            return match.listed?.Executable ?? false;
        }
    }

    /// <summary>The target of this symbolic link, as stored: data, which Anyvc never follows (it may point anywhere).</summary>
    /// <exception cref="WrongKindException">This path is a file or directory.</exception>
    /// <exception cref="NotFoundException">Nothing exists at this path.</exception>
    public string ReadLink() => tree.Connection.Call(RepositoryProtocol.ReadLink, tree.TargetId, new TreePathRequest(tree.Tree, Given));

    /// <summary>Makes this path a symbolic link to <paramref name="target"/> (replacing a file or link; creating parent directories).</summary>
    /// <exception cref="FeatureNotSupportedException">At the next call: the backend has no <see cref="Feature.Symlinks"/>.</exception>
    public void WriteSymlink(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Post(RepositoryProtocol.Symlink, new SymlinkRequest(Given, target));
    }

    /// <summary>Sets or clears this file's executable bit; its content stays.</summary>
    /// <exception cref="FeatureNotSupportedException">At the next call: the backend has no <see cref="Feature.ExecutableBit"/>.</exception>
    public void SetExecutable(bool executable) => Post(RepositoryProtocol.SetExecutable, new ExecutableRequest(Given, executable));
}
