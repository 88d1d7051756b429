using Parallax.Documents;

namespace Parallax.Extraction.Decoding;

/// <summary>The text of an input after charset decoding, the charset used and what was noticed on the way.</summary>
internal sealed record DecodedInput(string Text, string Charset, IReadOnlyList<Diagnostic> Diagnostics);
