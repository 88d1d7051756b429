using FsCheck;
using FsCheck.Fluent;
using Parallax.Documents;
using Parallax.Storage;
using Parallax.Storage.Sqlite;

namespace Parallax.Tests.Storage;

public sealed class OffsetMapPersistenceTests
{
    [Fact]
    public void A_map_rebuilt_from_its_pieces_maps_every_offset_the_same_way()
    {
        var steps = Gen.Choose(1, 20).Select(n => n).Zip(Gen.Elements(true, false)).ListOf();

        Prop.ForAll(steps.ToArbitrary(), pieces =>
        {
            var builder = new OffsetMap.Builder();
            var input = 0;
            foreach (var (length, copied) in pieces)
            {
                if (copied)
                {
                    builder.Copied(input, length);
                }
                else
                {
                    builder.Inserted(input, length);
                }

                input += length + 3;
            }

            var map = builder.Build();
            var back = ArticleRows.DecodeMap("x", ArticleRows.EncodeMap(map), map.CleanLength);
            return Enumerable.Range(0, map.CleanLength + 1).All(i => map.ToInput(i) == back.ToInput(i));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Pieces_out_of_order_are_refused()
    {
        OffsetMap.Piece[] pieces = [new(0, 0, true), new(5, 9, false), new(3, 12, true)];

        Assert.Throws<ArgumentException>(() => OffsetMap.FromPieces(pieces, 10));
        Assert.Throws<ArgumentException>(() => OffsetMap.FromPieces([new(1, 0, true)], 10));
        Assert.Throws<ArgumentException>(() => OffsetMap.FromPieces([], 0));
    }

    [Fact]
    public void The_identity_map_of_an_empty_text_round_trips()
    {
        var back = OffsetMap.FromPieces(OffsetMap.Identity(0).Pieces(), 0);

        Assert.Equal((0, 1), (back.CleanLength, back.PieceCount));
    }

    [Fact]
    public void A_damaged_stored_map_is_a_store_exception_naming_the_article()
    {
        var error = Assert.Throws<StoreException>(() => ArticleRows.DecodeMap("abc123", new byte[10], 5));

        Assert.Contains("abc123", error.Message, StringComparison.Ordinal);
    }
}
