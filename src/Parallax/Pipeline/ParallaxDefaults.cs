using Parallax.Comparison;
using Parallax.Extraction;
using Parallax.Facts;
using Parallax.Reports;
using Parallax.Stories;

namespace Parallax.Pipeline;

/// <summary>The stages Parallax ships with, composed; callers replace any of them through the builder.</summary>
public static class ParallaxDefaults
{
    public static ParallaxBuilder Builder()
    {
        var builder = new ParallaxBuilder()
            .UseExtractor(new Extractor())
            .UseAnalyzer(new TextAnalyzer())
            .UseGrouper(new StoryGrouper())
            .UseComparer(new StoryComparer());
        foreach (var writer in ReportWriters.All)
        {
            builder.UseWriter(writer);
        }

        return builder;
    }
}
