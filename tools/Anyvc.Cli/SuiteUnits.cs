using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Anyvc.Cli;

/// <summary>
/// The units a sharded run splits: every conformance fixture (a public class deriving from <c>BackendTest</c>, read
/// from the suite's assembly metadata without loading it) × every selected backend.
/// </summary>
internal static class SuiteUnits
{
    public const string Namespace = "Anyvc.Conformance";

    /// <summary>The fixture class names of the suite assembly, sorted.</summary>
    public static IReadOnlyList<string> Fixtures(string assembly) => Tests(assembly).Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Every fixture of the suite assembly with the names of its public instance methods (its tests among them).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Tests(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (metadata.GetString(type.Namespace) != Namespace || (type.Attributes & System.Reflection.TypeAttributes.Public) == 0
                || (type.Attributes & System.Reflection.TypeAttributes.Abstract) != 0 || type.BaseType.IsNil)
                continue;
            var baseName = type.BaseType.Kind == HandleKind.TypeReference ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type.BaseType).Name) : "";
            if (baseName == "BackendTest")
                names[metadata.GetString(type.Name)] = type.GetMethods().Select(metadata.GetMethodDefinition)
                    .Where(m => (m.Attributes & (System.Reflection.MethodAttributes.MemberAccessMask | System.Reflection.MethodAttributes.Static | System.Reflection.MethodAttributes.SpecialName)) == System.Reflection.MethodAttributes.Public)
                    .Select(m => metadata.GetString(m.Name)).ToHashSet(StringComparer.Ordinal);
        }
        return names;
    }

    /// <summary>
    /// The <c>dotnet test</c> filter of one unit: the fixture by its full name (excluding fixtures whose names start
    /// with this one's, since the filter can only match a prefix) and the backend by its category.
    /// </summary>
    public static string Filter(string fixture, string backend, IReadOnlyList<string> fixtures) =>
        string.Join('&', new[] { $"FullyQualifiedName~{Namespace}.{fixture}" }
            .Concat(fixtures.Where(f => f != fixture && f.StartsWith(fixture, StringComparison.Ordinal)).Select(f => $"FullyQualifiedName!~{Namespace}.{f}"))
            .Append($"TestCategory={backend}"));

    /// <summary>The negation of <see cref="Filter"/> (the filter syntax has no negated groups, so by De Morgan).</summary>
    public static string NotFilter(string fixture, string backend, IReadOnlyList<string> fixtures) =>
        string.Join('|', new[] { $"FullyQualifiedName!~{Namespace}.{fixture}" }
            .Concat(fixtures.Where(f => f != fixture && f.StartsWith(fixture, StringComparison.Ordinal)).Select(f => $"FullyQualifiedName~{Namespace}.{f}"))
            .Append($"TestCategory!={backend}"));
}
