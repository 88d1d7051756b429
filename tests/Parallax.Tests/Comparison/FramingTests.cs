using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

/// <summary>The outlet's own voice (hedges, loaded words, intensifiers, emphasis), never quoted speech, and omissions.</summary>
public sealed class FramingTests
{
    private static readonly FramingAnalyzer Analyzer = new();

    [Fact]
    public void Hedges_loaded_words_and_intensifiers_are_marked_with_their_offsets()
    {
        // Given an article in an opinionated voice
        var article = new ArticleBuilder("v", "Courier",
            "Reckless delays left Eastmoor exposed. Residents reportedly waited hours, and the so-called plan appeared to fail. The damage was devastating!");

        // When its voice is read
        var marks = Analyzer.Voice(article.Build());

        // Then each phrase is marked with its kind and exact span
        Assert.Contains(marks, m => m.Kind == "loaded" && m.Text == "Reckless" && m.Start == 0);
        Assert.Contains(marks, m => m.Kind == "hedge" && m.Text == "reportedly" && m.Start == article.Find("reportedly").Start);
        Assert.Contains(marks, m => m.Kind == "hedge" && m.Text == "appeared to");
        Assert.Contains(marks, m => m.Kind == "loaded" && m.Text == "so-called");
        Assert.Contains(marks, m => m.Kind == "intensifier" && m.Text == "devastating");
        Assert.Contains(marks, m => m.Kind == "emphasis" && m.Text == "!");
        Assert.All(marks, m => Assert.Equal(article.Text[m.Start..m.End], m.Text));
        Assert.All(marks, m => Assert.False(string.IsNullOrWhiteSpace(m.Note)));
    }

    [Fact]
    public void Words_inside_quotes_are_not_the_outlets_voice()
    {
        // Given loaded words only inside a quotation (marked by the analyser, and by quotation marks alone)
        const string words = "This reckless plan allegedly failed";
        var analysed = new ArticleBuilder("q", "Ledger", $"\u201C{words},\u201D a resident said.").Quote(words, "a resident");
        var marksOnly = new ArticleBuilder("m", "Ledger", $"A resident said: \"{words}.\"");

        // When their voice is read
        // Then nothing is marked
        Assert.Empty(Analyzer.Voice(analysed.Build()));
        Assert.Empty(Analyzer.Voice(marksOnly.Build()));
    }

    [Fact]
    public void A_word_is_matched_whole_and_an_acronym_is_not_shouting()
    {
        var marks = Analyzer.Voice(new ArticleBuilder("x", "X", "Everyone in the NATO summit sat in the veryfirst row.").Build());

        Assert.Empty(marks);
    }

    [Fact]
    public void An_article_that_leaves_out_what_the_others_agree_on_gets_an_omission()
    {
        // Given two outlets reporting a collapsed footbridge and a third that does not
        var a = new ArticleBuilder("a", "Ledger", "A footbridge collapsed near Orrin during the flood.");
        var b = new ArticleBuilder("b", "Wire", "A footbridge collapsed near Orrin during the flood.");
        var c = new ArticleBuilder("c", "Courier", "Residents waited for buses that never came to the valley.");

        // When compared
        var report = Compared.Run(a, b, c);

        // Then the third article carries an omission naming the fact, with no span
        var agreed = Assert.Single(report.Facts, f => f.Status == FactStatus.Agreed);
        var omission = Assert.Single(report.Framing, m => m.Kind == FramingAnalyzer.Omission);
        Assert.Equal("c", omission.Article);
        Assert.Equal((0, 0), (omission.Start, omission.End));
        Assert.Contains(agreed.Id, omission.Note, StringComparison.Ordinal);
        Assert.Contains("Ledger, Wire", omission.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Framing_in_a_report_is_ordered_by_article_then_offset()
    {
        var report = Compared.Run(
            new ArticleBuilder("a", "Ledger", "The plan reportedly failed. It was a reckless plan."),
            new ArticleBuilder("b", "Wire", "Allegedly, the dam was neglected."));

        var voice = report.Framing.Where(m => m.Kind != FramingAnalyzer.Omission).ToList();
        Assert.Equal(["a", "a", "a", "b", "b"], voice.Select(m => m.Article));
        Assert.Equal(voice.Where(m => m.Article == "a").Select(m => m.Start).Order(), voice.Where(m => m.Article == "a").Select(m => m.Start));
    }
}
