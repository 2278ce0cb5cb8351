using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.TestChild;

/// <summary>
/// The test child's commands, shared as source with the tests and the benchmark that drive it. Most take and return
/// plain values, so a test can send anything; the stream commands name their channel in a small record.
/// </summary>
public static class TestCommands
{
    public static Command<object?, object?> Echo { get; } = Call<object?, object?>("echo", Codecs.PlainValue, Codecs.PlainValue);
    public static Command<Unit, long> Pid { get; } = Call("pid", Codecs.NoArguments, Codecs.Int64);
    public static Command<object?, Unit> Make { get; } = Posted("make", Codecs.PlainValue);
    public static Command<Unit, object?> Get { get; } = Call("get", Codecs.NoArguments, Codecs.PlainValue);
    public static Command<Unit, Unit> Derive { get; } = Posted("derive", Codecs.NoArguments);
    public static Command<string, Unit> Fail { get; } = Call("fail", Codecs.String, Codecs.Nothing);
    public static Command<string, Unit> FailPosted { get; } = Posted("fail", Codecs.String);
    public static Command<UploadRequest, Unit> Upload { get; } = Posted("upload", Codecs.Record<UploadRequest>("[channel: int, summing: bool]", 2,
        static (ref MessagePackWriter w, UploadRequest a) => { w.Write(a.Channel); w.Write(a.Summing); },
        static (ref MessagePackReader r) => new UploadRequest(WireFields.Int64(ref r, "channel"), WireFields.Boolean(ref r, "summing"))));
    public static Command<DownloadRequest, Unit> Download { get; } = Call("download", Codecs.Record<DownloadRequest>("[channel: int, size: int]", 2,
        static (ref MessagePackWriter w, DownloadRequest a) => { w.Write(a.Channel); w.Write(a.Size); },
        static (ref MessagePackReader r) => new DownloadRequest(WireFields.Int64(ref r, "channel"), WireFields.Int64(ref r, "size"))), Codecs.Nothing);
    public static Command<long, long> Flood { get; } = Call("flood", Codecs.Int64, Codecs.Int64);
    public static Command<StreamFailure, Unit> FailStream { get; } = Call("fail-stream", Codecs.Record<StreamFailure>("[channel: int, message: str]", 2,
        static (ref MessagePackWriter w, StreamFailure a) => { w.Write(a.Channel); w.Write(a.Message); },
        static (ref MessagePackReader r) => new StreamFailure(WireFields.Int64(ref r, "channel"), WireFields.String(ref r, "message"))), Codecs.Nothing);
    public static Command<long, Unit> Crash { get; } = Call("crash", Codecs.Int64, Codecs.Nothing);
    public static Command<Unit, Unit> KillSelf { get; } = Call("killself", Codecs.NoArguments, Codecs.Nothing);
    public static Command<Unit, Unit> Hang { get; } = Call("hang", Codecs.NoArguments, Codecs.Nothing);
    public static Command<Unit, Unit> HangPosted { get; } = Posted("hang", Codecs.NoArguments);
    public static Command<string, Unit> Garbage { get; } = Posted("garbage", Codecs.String);
    public static Command<string, long> Print { get; } = Call("print", Codecs.String, Codecs.Int64);
    public static Command<long, Unit> Nap { get; } = Posted("nap", Codecs.Int64);
    public static Command<string, Unit> Count { get; } = Posted("count", Codecs.String);
    public static Command<Unit, long> Received { get; } = Call("received", Codecs.NoArguments, Codecs.Int64);
    public static Command<long, Unit> Spam { get; } = Call("spam", Codecs.Int64, Codecs.Nothing);

    private static Command<TArgs, TResult> Call<TArgs, TResult>(string name, IWireCodec<TArgs> arguments, IWireCodec<TResult> result) =>
        new(name, CommandMode.Call, TimeoutClass.Tool, arguments, result);

    private static Command<TArgs, Unit> Posted<TArgs>(string name, IWireCodec<TArgs> arguments) =>
        new(name, CommandMode.Posted, TimeoutClass.Tool, arguments, Codecs.Nothing);

    /// <summary>Arguments of <see cref="Upload"/>: the data channel, and whether the sink sums the bytes.</summary>
    public sealed record UploadRequest(long Channel, bool Summing);

    /// <summary>Arguments of <see cref="Download"/>: the data channel and how many pattern bytes to send.</summary>
    public sealed record DownloadRequest(long Channel, long Size);

    /// <summary>Arguments of <see cref="FailStream"/>: the data channel to close with <paramref name="Message"/>.</summary>
    public sealed record StreamFailure(long Channel, string Message);
}
