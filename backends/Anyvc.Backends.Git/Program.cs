using Anyvc.Backends.Git;
using Anyvc.Host;

return BackendHost.Run(new GitBackend());
