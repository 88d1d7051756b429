using Parallax.Pipeline;

namespace Parallax.Reports;

// STUB: replaced by the comparison work before anything lands.
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } = [];
}
