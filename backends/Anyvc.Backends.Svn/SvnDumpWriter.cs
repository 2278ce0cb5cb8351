using System.Globalization;
using System.Text;

namespace Anyvc.Backends.Svn;

/// <summary>
/// Writes Subversion's dump format for <c>svnadmin load</c>: one revision record with its revision properties, then
/// its node records. Lengths are in bytes; paths are written as they are, relative to the root. Version 3, for its
/// property deltas (a property set without knowing the others); contents are always full texts.
/// </summary>
internal sealed class SvnDumpWriter(Stream output)
{
    /// <summary>The stream header.</summary>
    public void Header() => Text("SVN-fs-dump-format-version: 3\n\n");

    /// <summary>A revision record carrying <paramref name="properties"/> (svn:author, svn:date, svn:log).</summary>
    public void Revision(long number, IEnumerable<KeyValuePair<string, string>> properties)
    {
        var block = PropertyBlock(properties);
        Text($"Revision-number: {Number(number)}\nProp-content-length: {block.Length}\nContent-length: {block.Length}\n\n");
        output.Write(block);
        Text("\n");
    }

    /// <summary>Deletes a file or directory, recursively.</summary>
    public void Delete(string path) => Text($"Node-path: {path}\nNode-action: delete\n\n");

    /// <summary>Adds an empty directory without properties.</summary>
    public void AddDirectory(string path) => Node(path, "dir", "add", PropertyBlock([]), null);

    /// <summary>Sets <paramref name="properties"/> on an existing directory, keeping its others.</summary>
    public void SetDirectoryProperties(string path, IEnumerable<KeyValuePair<string, string>> properties) =>
        Node(path, "dir", "change", PropertyBlock(properties), null, propertyDelta: true);

    /// <summary>Copies <paramref name="fromPath"/> as of <paramref name="fromRevision"/> to <paramref name="path"/>, with history.</summary>
    public void Copy(string path, string kind, long fromRevision, string fromPath) =>
        Text($"Node-path: {path}\nNode-kind: {kind}\nNode-action: add\nNode-copyfrom-rev: {Number(fromRevision)}\nNode-copyfrom-path: {fromPath}\n\n");

    /// <summary>
    /// Writes a file's whole content. <paramref name="modes"/> are its mode properties (<c>svn:special</c>,
    /// <c>svn:executable</c>): a new file gets exactly those; a changed one gets them and loses the other mode
    /// properties, keeping every other property (another tool's <c>svn:eol-style</c>, say).
    /// </summary>
    public void PutFile(string path, bool exists, Stream content, IReadOnlyList<KeyValuePair<string, string>> modes) =>
        Node(path, "file", exists ? "change" : "add", exists ? ModeDelta(modes) : PropertyBlock(modes), content, propertyDelta: exists);

    /// <summary>Sets an existing file's mode properties to <paramref name="modes"/>, keeping its content and other properties.</summary>
    public void SetFileModes(string path, IReadOnlyList<KeyValuePair<string, string>> modes) =>
        Node(path, "file", "change", ModeDelta(modes), null, propertyDelta: true);

    private void Node(string path, string kind, string action, byte[]? properties, Stream? content, bool propertyDelta = false)
    {
        var header = new StringBuilder($"Node-path: {path}\nNode-kind: {kind}\nNode-action: {action}\n");
        if (propertyDelta)
            header.Append("Prop-delta: true\n");
        var propertyLength = properties?.Length ?? 0;
        if (properties is not null)
            header.Append(CultureInfo.InvariantCulture, $"Prop-content-length: {propertyLength}\n");
        var textLength = content?.Length ?? 0;
        if (content is not null)
            header.Append(CultureInfo.InvariantCulture, $"Text-content-length: {textLength}\n");
        header.Append(CultureInfo.InvariantCulture, $"Content-length: {propertyLength + textLength}\n\n");
        Text(header.ToString());
        if (properties is not null)
            output.Write(properties);
        content?.CopyTo(output);
        Text("\n\n");
    }

    /// <summary>A property delta that sets <paramref name="modes"/> and deletes the mode properties not among them.</summary>
    private static byte[] ModeDelta(IReadOnlyList<KeyValuePair<string, string>> modes)
    {
        var deleted = new MemoryStream();
        foreach (var name in new[] { "svn:special", "svn:executable" }.Where(name => modes.All(mode => mode.Key != name)))
        {
            var key = Encoding.UTF8.GetBytes(name);
            deleted.Write(Encoding.ASCII.GetBytes($"D {Number(key.Length)}\n"));
            deleted.Write(key);
            deleted.WriteByte((byte)'\n');
        }
        return PropertyBlock(modes, deleted.ToArray());
    }

    private static byte[] PropertyBlock(IEnumerable<KeyValuePair<string, string>> properties, byte[]? deletions = null)
    {
        var block = new MemoryStream();
        foreach (var (name, value) in properties)
        {
            var key = Encoding.UTF8.GetBytes(name);
            var data = Encoding.UTF8.GetBytes(value);
            block.Write(Encoding.ASCII.GetBytes($"K {Number(key.Length)}\n"));
            block.Write(key);
            block.Write(Encoding.ASCII.GetBytes($"\nV {Number(data.Length)}\n"));
            block.Write(data);
            block.WriteByte((byte)'\n');
        }
        block.Write(deletions ?? []);
        block.Write("PROPS-END\n"u8);
        return block.ToArray();
    }

    private void Text(string text) => output.Write(Encoding.UTF8.GetBytes(text));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
