using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Pipeline;
using Parallax.Reports;
using Parallax.Tests.TestKit;

namespace Parallax.Tests.Reports;

/// <summary>
/// The whole default engine on the four samples, compared as one story, against reviewed golden files. They
/// change whenever a stage improves: regenerate with PARALLAX_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class SampleReportGoldenTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 11, 0, 0, 0, TimeSpan.Zero);

    private static ComparisonReport SampleReport()
    {
        var engine = ParallaxDefaults.Builder().Build();
        var analysed = Directory.EnumerateFiles(TestPaths.Samples)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select((p, i) => Process(engine, i, SourceDocument.FromBytes(
                Path.GetFileName(p),
                p.EndsWith(".html", StringComparison.Ordinal) ? ContentKind.Html : ContentKind.Text,
                File.ReadAllBytes(p),
                new DocumentHints { Published = Published })))
            .ToList();
        return engine.CompareAsOne(analysed);
    }

    private static Parallax.Facts.AnalyzedArticle Process(ParallaxEngine engine, int index, SourceDocument document)
    {
        var outcome = engine.Documents.Process(index, document);
        return outcome.Analysis ?? throw new InvalidOperationException($"{outcome.Name}: {string.Join("; ", outcome.Diagnostics)}");
    }

    private static string Render(string format, ComparisonReport report)
    {
        using var writer = new StringWriter();
        ReportWriters.Get(format).Write(report, writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData("json", "samples.json")]
    [InlineData("md", "samples.md")]
    public void The_samples_report_matches_its_golden_file(string format, string file)
    {
        // Given the four samples run through the default engine
        var report = SampleReport();

        // When the report is written
        var output = Render(format, report);

        // Then it is the reviewed one
        Golden.Verify(Path.Combine("Reports", file), output);
    }

    [Fact]
    public void The_samples_report_is_the_same_on_every_run()
    {
        Assert.Equal(Render("json", SampleReport()), Render("json", SampleReport()));
    }
}
