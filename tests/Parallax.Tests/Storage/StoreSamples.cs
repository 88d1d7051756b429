using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Tests.Storage;

/// <summary>Articles and stories written for the store tests.</summary>
internal static class StoreSamples
{
    public static Article Plain(string sourceName, string text, string? url = null) => new()
    {
        Id = ArticleIds.For(ArticleIds.SourceKey(url, sourceName), text),
        SourceName = sourceName,
        Url = url,
        Text = text,
        Input = text,
        Map = OffsetMap.Identity(text.Length),
    };

    /// <summary>An article with every field set, a map with copied and inserted pieces, and removed spans.</summary>
    public static Article Full()
    {
        const string input = "<h1>Harbour reopens</h1><p>Ferries sail again.</p><aside>Donate now</aside>";
        var map = new OffsetMap.Builder();
        map.Copied(4, 15);
        map.Inserted(19, 2);
        map.Copied(27, 19);
        var text = "Harbour reopens\n\nFerries sail again.";
        return new Article
        {
            Id = ArticleIds.For("https://example.org/harbour", text),
            SourceName = "pages/harbour.html",
            Url = "https://example.org/harbour",
            Text = text,
            Outlet = new Found<string>("Example Gazette", "og:site_name"),
            Title = new Found<string>("Harbour reopens", "h1"),
            Byline = new Found<string>("A. Writer", "meta.author"),
            Published = new Found<DateTimeOffset>(new DateTimeOffset(2021, 7, 28, 9, 30, 0, TimeSpan.FromHours(3)), "meta.json"),
            Modified = new Found<DateTimeOffset>(new DateTimeOffset(2021, 7, 29, 1, 2, 3, TimeSpan.Zero), "json-ld"),
            Language = new Found<string>("en", "html.lang"),
            Removed = [new RemovedSpan(50, 75, "boilerplate.donation", "<aside>Donate now</aside>")],
            Map = map.Build(),
            Input = input,
        };
    }

    public static Story Story(string id, params Article[] articles) => new(
        id,
        "Story " + id,
        [.. articles.Select(a => a.Id)],
        ["Outlet A", "Outlet B"],
        articles.Length,
        new DateTimeOffset(2021, 7, 28, 0, 0, 0, TimeSpan.Zero),
        null);
}
