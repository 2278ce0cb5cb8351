namespace Anyvc.Backends.Hg;

/// <summary>Verifying: <c>hg verify</c> through the command server.</summary>
internal sealed partial class HgRepository
{
    public void Verify()
    {
        try
        {
            hg.Text(directory, "verify", "--quiet");
        }
        catch (NotFoundException e)
        {
            throw new AnyvcException($"hg verify finds {directory} damaged: {e.Message}", e);
        }
    }
}
