using System.Collections.Concurrent;
using System.Diagnostics;
using Anyvc.Channels.Errors;

namespace Anyvc.Channels.Processes;

/// <summary>
/// Starts every child from one long-lived thread. Linux delivers PR_SET_PDEATHSIG when the *thread* that forked
/// the child exits, so forking from a short-lived test or pool thread would kill a healthy child.
/// </summary>
internal static class ProcessSpawner
{
    private static readonly BlockingCollection<(ProcessStartInfo Info, TaskCompletionSource<Process> Result)> Requests = new();

    static ProcessSpawner()
    {
        new Thread(() =>
        {
            foreach (var (info, result) in Requests.GetConsumingEnumerable())
            {
                try
                {
#pragma warning disable RS0030 // the gateway starts backend children here, on the thread PR_SET_PDEATHSIG is tied to
                    result.SetResult(Process.Start(info) ?? throw new InvalidOperationException($"'{info.FileName}' did not start"));
#pragma warning restore RS0030
                }
                catch (Exception e)
                {
                    result.SetException(e);
                }
            }
        }) { IsBackground = true, Name = "anyvc spawner" }.Start();
    }

    public static Process Start(ProcessStartInfo info)
    {
        var result = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((info, result));
        try
        {
            return result.Task.GetAwaiter().GetResult();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GatewayClosedException($"could not start '{info.FileName}': {e.Message}", e);
        }
    }
}
