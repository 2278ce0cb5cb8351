using Anyvc.TestChild;

// A child for the channel tests: the first argument picks the behaviour.
var name = args.Length > 0 ? args[0] : "echo";
IBehaviour behaviour = name switch
{
    "echo" => new EchoBehaviour(),
    "crash" => new CrashBehaviour(),
    "killself" => new KillSelfBehaviour(),
    "hang" => new HangBehaviour(),
    "garbage" => new GarbageBehaviour(),
    "noisy" => new NoisyBehaviour(),
    "slow-reader" => new SlowReaderBehaviour(),
    "wrong-version" => new WrongVersionBehaviour(),
    "silent" => new SilentBehaviour(),
    "raw-echo" => new RawEchoBehaviour(),
    _ => null!,
};
if (behaviour is null)
{
    Console.Error.WriteLine($"unknown behaviour '{name}'");
    return 64;
}
return behaviour.Run(args.Skip(1).ToArray());
