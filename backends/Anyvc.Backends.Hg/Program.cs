using Anyvc.Backends.Hg;
using Anyvc.Host;

return BackendHost.Run(new HgBackend());
