namespace Anyvc.TestChild;

/// <summary>One way the test child behaves.</summary>
internal interface IBehaviour
{
    /// <summary>Runs the child; returns its exit code.</summary>
    int Run(string[] args);
}
