using Anyvc.Fixtures.Histories;

namespace Anyvc.Cli;

/// <summary>
/// <c>anyvc fixtures verify</c> for one template: builds the history again into a temporary folder and compares the
/// two repositories (names, branches, tags, every revision's metadata and tree), so a stale template is found.
/// </summary>
internal static class TemplateCheck
{
    public static string Verify(HistoryTemplates cache, BackendConnection connection, TemplateInputs inputs)
    {
        if (cache.Find(inputs) is not { } template)
            return "not built (anyvc fixtures build makes it)";
        var scratch = Directory.CreateTempSubdirectory("anyvc-verify-").FullName;
        try
        {
            var copy = Path.Combine(scratch, "template");
            TreeCopy.Copy(template.Repository, copy);
            using var cached = connection.OpenRepository(copy);
            using var rebuilt = connection.CreateRepository(Path.Combine(scratch, "rebuilt"));
            var names = HistoryBuilder.Build(rebuilt, HistoryParser.Parse(inputs.HistoryFile));
            var wrongName = names.FirstOrDefault(n => template.Names.GetValueOrDefault(n.Key) != n.Value.Id);
            if (wrongName.Key is not null || names.Count != template.Names.Count)
                return $"STALE {template.Directory}: the name {wrongName.Key ?? "(count)"} stands for {template.Names.GetValueOrDefault(wrongName.Key ?? "", "nothing")} in the template but {wrongName.Value?.Id ?? "-"} when built again";
            var difference = HistorySnapshot.Difference(HistorySnapshot.Of(rebuilt), HistorySnapshot.Of(cached));
            return difference is null ? $"ok {template.Directory}" : $"STALE {template.Directory}: built again vs template, {difference}";
        }
        finally
        {
            TreeCopy.Delete(scratch);
        }
    }
}
