using Parallax.Documents;

namespace Parallax.Tests.Documents;

public sealed class OffsetMapTests
{
    [Fact]
    public void Copied_and_inserted_pieces_map_back_to_the_input()
    {
        // Given input "<p>Hello</p><p>World</p>" cleaned to "Hello\n\nWorld"
        var b = new OffsetMap.Builder();
        b.Copied(3, 5);
        b.Inserted(12, 2);
        b.Copied(15, 5);

        // When
        var map = b.Build();

        // Then
        Assert.Equal(12, map.CleanLength);
        Assert.Equal(3, map.ToInput(0));
        Assert.Equal(7, map.ToInput(4));
        Assert.Equal(12, map.ToInput(6));
        Assert.Equal(15, map.ToInput(7));
        Assert.Equal(19, map.ToInput(11));
    }

    [Fact]
    public void Adjacent_copies_merge_into_one_piece()
    {
        var b = new OffsetMap.Builder();
        b.Copied(0, 3);
        b.Copied(3, 4);
        Assert.Equal(1, b.Build().PieceCount);
    }

    [Fact]
    public void Article_ids_differ_by_source_but_not_by_repetition()
    {
        Assert.Equal(ArticleIds.For("a", "text"), ArticleIds.For("a", "text"));
        Assert.NotEqual(ArticleIds.For("a", "text"), ArticleIds.For("b", "text"));
        Assert.Equal(12, ArticleIds.For("a", "text").Length);
    }
}
