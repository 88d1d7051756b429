using AngleSharp.Css.Parser;
using AngleSharp.Html.Parser;
using Parallax.Extraction.Metadata;

namespace Parallax.Tests.Extraction;

/// <summary>The rules' element selectors give AngleSharp's answers on every element, compiled or not.</summary>
public sealed class ElementSelectorTests
{
    private const string DateList = "time, abbr[title], [itemprop='datePublished'], [class*='date'], [class*='Date'], [id*='time'], [data-testid*='date'], [hidden]";

    [Fact]
    public void The_simple_forms_are_compiled_and_anything_else_is_left_to_AngleSharp()
    {
        Assert.True(new ElementSelector(DateList).IsCompiled);
        Assert.False(new ElementSelector("div > time, .byline").IsCompiled);
        Assert.False(new ElementSelector("[class~='date']").IsCompiled);
        Assert.Throws<InvalidDataException>(() => new ElementSelector("[[nonsense"));
    }

    [Theory]
    [InlineData(DateList)]
    [InlineData("div > time, .byline, p:first-child")]
    [InlineData("span[class*='meta'][id], [lang='en'], [class*='']")]
    public void Every_element_of_a_random_page_gets_AngleSharps_answer(string list)
    {
        var selector = new ElementSelector(list);
        var reference = new CssSelectorParser().ParseSelector(list)!;
        var random = new Random(7);
        string[] tags = ["div", "span", "time", "abbr", "p", "section", "svg", "a"];
        string[] words = ["date", "Date", "dateline", "update", "time", "meta", "x", "", "datePublished", "en"];
        string[] attrs = ["class", "id", "itemprop", "data-testid", "title", "hidden", "lang", "CLASS"];
        var html = new System.Text.StringBuilder("<html><body>");
        for (var i = 0; i < 3000; i++)
        {
            var tag = tags[random.Next(tags.Length)];
            html.Append('<').Append(tag);
            for (var a = random.Next(4); a > 0; a--)
            {
                html.Append(' ').Append(attrs[random.Next(attrs.Length)]).Append("=\"").Append(words[random.Next(words.Length)]).Append(random.Next(2) == 0 ? " " + words[random.Next(words.Length)] : "").Append('"');
            }

            html.Append(">t");
            if (random.Next(3) == 0)
            {
                html.Append("</").Append(tag).Append('>');
            }
        }

        var doc = new HtmlParser().ParseDocument(html.ToString());
        var matched = 0;
        foreach (var e in doc.All)
        {
            var expected = reference.Match(e, null);
            Assert.True(expected == selector.Matches(e), $"<{e.LocalName} {string.Join(' ', e.Attributes.Select(x => $"{x.Name}='{x.Value}'"))}>: AngleSharp says {expected}");
            matched += expected ? 1 : 0;
        }

        Assert.InRange(matched, 20, doc.All.Length - 20);
    }
}
