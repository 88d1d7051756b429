using System.Diagnostics.CodeAnalysis;
using Parallax.Documents;

namespace Parallax.Ingest;

/// <summary>
/// One result of reading the inputs: a document ready for extraction, or a diagnostic about an input that
/// could not be read (its <see cref="Diagnostic.Source"/> names the input). Warnings about a document that
/// still came through (a bad sidecar, an unreadable date) arrive as their own items before the document.
/// </summary>
public sealed record IngestItem
{
    private IngestItem(SourceDocument? document, Diagnostic? diagnostic, string? recordId)
    {
        Document = document;
        Diagnostic = diagnostic;
        RecordId = recordId;
    }

    public SourceDocument? Document { get; }

    public Diagnostic? Diagnostic { get; }

    /// <summary>The "id" field of a JSON Lines record, when it had one.</summary>
    public string? RecordId { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Diagnostic))]
    public bool IsDocument => Document is not null;

    public static IngestItem Of(SourceDocument document, string? recordId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new IngestItem(document, null, recordId);
    }

    public static IngestItem Failed(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new IngestItem(null, diagnostic, null);
    }

    public override string ToString() => IsDocument ? Document.Name : Diagnostic.ToString();
}
