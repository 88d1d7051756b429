using FsCheck;
using FsCheck.Fluent;
using Parallax.Comparison;
using Parallax.Reports;

namespace Parallax.Tests.Reports;

/// <summary>Any strings in any field: every writer writes, and the JSON always parses back.</summary>
public sealed class ReportWriterPropertyTests
{
    [Fact]
    public void Random_strings_in_every_field_never_break_a_writer()
    {
        var strings = ArbMap.Default.GeneratorFor<string>();
        var fields = strings.ArrayOf(12).Where(a => a.Length == 12);

        Prop.ForAll(fields.ToArbitrary(), s =>
        {
            var report = new ComparisonReport(
                s[0],
                s[1],
                [new ReportArticle(s[2], s[3], s[4], s[5], null)],
                [new ComparedFact(s[6], FactKind.Quote, s[7], FactStatus.Conflict, s[8], [new FactMention(s[2], 0, 1, s[9], s[10])], s[11])],
                [new FramingMark(s[2], s[3], 0, 1, s[9], s[11])]);
            foreach (var format in ReportWriters.Formats)
            {
                var output = ReportSamples.Render(format, report);
                if (format == "json")
                {
                    var back = JsonReportReader.Read(output);
                    if (back.Facts.Count != 1 || back.Framing.Count != 1)
                    {
                        return false;
                    }
                }
                else if (format == "html" && output.Contains("<script", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
