using Parallax.Pipeline;

namespace Parallax.Reports;

/// <summary>The report writers Parallax ships: "text", "md", "html" and "json".</summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } =
        [new TextReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter(), new JsonReportWriter()];

    /// <summary>The format names, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(w => w.Format)];

    /// <summary>The writer of a format ("text", "md", "html", "json"; case-insensitive).</summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>.</exception>
    public static IReportWriter Get(string format) =>
        TryGet(format, out var writer)
            ? writer
            : throw new ArgumentException($"unknown report format '{format}'; expected one of: {string.Join(", ", Formats)}", nameof(format));

    public static bool TryGet(string? format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReportWriter? writer)
    {
        writer = All.FirstOrDefault(w => string.Equals(w.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase));
        return writer is not null;
    }
}
