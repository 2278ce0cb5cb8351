namespace Anyvc.Backends.Svn;

/// <summary>Verifying: <c>svnadmin verify</c> over every revision.</summary>
internal sealed partial class SvnRepository
{
    public void Verify()
    {
        try
        {
            tool.Admin("verify", "--quiet", directory);
        }
        catch (AnyvcException e)
        {
            throw new AnyvcException($"svnadmin verify finds {directory} damaged: {e.Message}", e);
        }
    }
}
