using Anyvc.Backends.Svn;
using Anyvc.Host;

return BackendHost.Run(new SvnBackend());
