using Anyvc.Backends.Memory;
using Anyvc.Host;

return BackendHost.Run(new MemoryBackend());
