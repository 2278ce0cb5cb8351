namespace Anyvc;

/// <summary>One line of an annotated file.</summary>
/// <param name="Number">The line's number in the file, from 1.</param>
/// <param name="Revision">The revision that last changed the line.</param>
public sealed record AnnotatedLine(int Number, Revision Revision);
