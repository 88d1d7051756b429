using Parallax.Storage.Sqlite;

namespace Parallax.Tests.Storage;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("ferries", "\"ferries\"")]
    [InlineData("Shoigu's visit", "\"Shoigu\" \"s\" \"visit\"")]
    [InlineData("minist*", "\"minist\"*")]
    [InlineData("a AND (b OR \"c", "\"a\" \"AND\" \"b\" \"OR\" \"c\"")]
    public void Words_become_quoted_terms(string input, string expected) => Assert.Equal(expected, FtsQuery.Build(input));

    [Theory]
    [InlineData("")]
    [InlineData("  -- ( ) \" * ")]
    public void Input_without_words_gives_no_query(string input) => Assert.Null(FtsQuery.Build(input));
}
