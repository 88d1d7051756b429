using Parallax.Tests.TestKit;
namespace Parallax.Tests.Facts;
public sealed class DumpTests
{
    [Fact]
    public async Task Dump_facts()
    {
        var all = new List<Parallax.Documents.Article>();
        all.AddRange(await FactsTestKit.Extract(TestPaths.Samples));
        all.AddRange(await FactsTestKit.Extract(TestPaths.Seeds()));
        using var w = new StreamWriter("/tmp/facts-dump.txt");
        foreach (var a in all)
        {
            w.WriteLine("=== " + a.SourceName + " " + a.Published?.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteLine(a.Text);
            var r = FactsTestKit.Analyzer.Analyze(a, TestContext.Current.CancellationToken);
            foreach (var s in r.Sentences) w.WriteLine("S| " + r.Slice(s.Span).Replace("\n", "\\n", StringComparison.Ordinal));
            foreach (var q in r.Quantities) w.WriteLine($"Q| {q.Text} = {q.Value} {q.Unit} [{q.Counted}] {q.Approximation}");
            foreach (var t in r.Times) w.WriteLine($"T| {t.Text} = {t.Type} {t.Value} @{t.Anchor}");
            foreach (var e in r.Entities) w.WriteLine($"E| {e.Text} = {e.Kind} {e.Canonical} {e.Subtype}");
            foreach (var q in r.Quotes) w.WriteLine($"U| {q.Kind} [{r.Slice(q.Content)}] cue={(q.Cue is { } c ? r.Slice(c) : "")} src={(q.Source is { } s2 ? r.Slice(s2) : "")} => {q.Speaker}");
        }
    }
}
