using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports;

namespace Parallax.Tests.Reports;

/// <summary>Hand-built reports for the writer tests: one with every status, one full of hostile strings.</summary>
internal static class ReportSamples
{
    public static ComparisonReport EveryStatus() => new(
        "story-1",
        "Harrow Dam opened",
        [
            new ReportArticle("a1", "The Northern Ledger", "Thousands evacuated", "https://ledger.example/a1", new DateTimeOffset(2025, 3, 11, 8, 30, 0, TimeSpan.Zero)),
            new ReportArticle("a2", "Coastline Daily", "15,000 flee", null, null),
        ],
        [
            new ComparedFact("quantity-1", FactKind.Quantity, "people: 12,000 vs 15,000", FactStatus.Conflict, "12000 people vs 15000 people",
                [new FactMention("a1", 10, 16, "12,000", "12000 people"), new FactMention("a2", 40, 46, "15,000", "15000 people")], "values cannot both be true") { Sources = 2 },
            new ComparedFact("quote-1", FactKind.Quote, "Elena Varga: \u201CWe will not leave anyone behind\u201D", FactStatus.Agreed, "We will not leave anyone behind",
                [new FactMention("a1", 100, 131, "We will not leave anyone behind", "we will not leave anyone behind"), new FactMention("a2", 90, 121, "We will not leave anyone behind", "we will not leave anyone behind")], "2 independent sources quote it word for word") { Sources = 2 },
            new ComparedFact("date-1", FactKind.Date, "2025-03-10 (opened)", FactStatus.Consistent, "2025-03-10",
                [new FactMention("a1", 20, 26, "Monday", "2025-03-10"), new FactMention("a2", 50, 55, "March", "2025-03")], "compatible dates at different precision") { Sources = 2 },
            new ComparedFact("claim-1", FactKind.Claim, "Cracks were reported in 2023.", FactStatus.Unique, "cracks were reported in 2023",
                [new FactMention("a2", 200, 229, "Cracks were reported in 2023.", "cracks were reported in 2023")], "only Coastline Daily reports this") { Sources = 1 },
        ],
        [
            new FramingMark("a1", "hedge", 60, 70, "reportedly", "hedge"),
            new FramingMark("a2", "omission", 0, 0, "", "leaves out the quote [quote-1]"),
        ])
    {
        IndependentSources = 2,
        Diagnostics = [new Diagnostic(Severity.Info, "comparison.unanalyzed", "fallback used")],
    };

    public const string Script = "<script>alert('x')</script>";

    public static ComparisonReport Hostile() => new(
        "id\"with<quotes>",
        Script + " & \u0000\u0007 | pipe *bold* [link](javascript:alert(1)) \uD800 lone",
        [
            new ReportArticle("a<1>", "Out|let <b>bold</b>\nnext line", "T\"itle\r\n" + Script, "javascript:alert(1)", null),
            new ReportArticle(null!, null, null, null, null),
        ],
        [
            new ComparedFact("f<1>", FactKind.Claim, Script, FactStatus.Unique, new string('x', 1_000_000) + "\u0001",
                [new FactMention("a<1>", 0, 5, "<img src=x onerror=alert(1)>", "| cell | break\n| row |"), null!], null!),
            new ComparedFact(null!, FactKind.Event, null!, FactStatus.Agreed, null!, null!, null!),
            null!,
        ],
        [
            new FramingMark("a<1>", "loaded<", 1, 2, "`code` & <i>", "\u001b[31mred\u001b[0m"),
            new FramingMark(null!, null!, 0, 0, null!, null!),
        ])
    {
        Diagnostics = [new Diagnostic(Severity.Warning, "x<y", "a & b", "<src>")],
    };

    public static string Render(string format, ComparisonReport report)
    {
        using var writer = new StringWriter();
        ReportWriters.Get(format).Write(report, writer);
        return writer.ToString();
    }
}
