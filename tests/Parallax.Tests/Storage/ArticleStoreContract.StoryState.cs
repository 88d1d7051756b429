using Parallax.Documents;
using Parallax.Stories;

namespace Parallax.Tests.Storage;

/// <summary>The story-stream state of a store: written in an update, read back on demand, gone with a rollback.</summary>
public abstract partial class ArticleStoreContract
{
    private static readonly DateTimeOffset Day = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static StreamChanges SampleChanges(Article a, Article b, Article c) => new(
        new StreamTotals(3, Day.AddDays(40), 3),
        new Dictionary<string, int>(StringComparer.Ordinal) { ["harbour"] = 2, ["e:Tern"] = 1, ["ferries"] = 3 },
        new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal) { ["harbour"] = [2, 0], ["e:Tern"] = [0] },
        [
            new StoryChange(
                new StoredStory("s-ferry", 0, [new StoredMember(a.Id, "Ferry aground", null, null, null), new StoredMember(b.Id, "Tern refloated", null, null, a.Id)],
                    [new("harbour", 0.75), new("e:Tern", 1.25), new("ferries", 1e-3)], 1.5, [DateOnly.FromDateTime(Day.Date)], 1, 1, Day, Day.AddDays(1), false),
                new Story("s-ferry", "Ferry aground", [a.Id, b.Id], ["Outlet A"], 1, Day, Day.AddDays(1))),
            new StoryChange(
                new StoredStory("s-budget", 2, [new StoredMember(c.Id, "Budget passed", null, null, null)], [new("harbour", 0.5)], 0.5, [], 0, 0, Day, Day, false),
                new Story("s-budget", "Budget passed", [c.Id], [], 1, Day, Day)),
        ],
        []);

    private static (Article A, Article B, Article C) StateArticles() => (
        StoreSamples.Plain("a.txt", "The ferry Tern ran aground."),
        StoreSamples.Plain("b.txt", "The ferry Tern was refloated."),
        StoreSamples.Plain("c.txt", "The budget passed."));

    [Fact]
    public void A_fresh_store_has_an_empty_story_state_that_needs_no_rebuild()
    {
        using var store = Open();
        using var update = store.BeginUpdate();

        Assert.False(update.NeedsRebuild);
        Assert.Equal(StreamTotals.Empty, update.Totals);
        Assert.Equal(0, update.DocumentFrequency("harbour"));
        Assert.Empty(update.Posting("harbour"));
        Assert.Null(update.Story(0));
    }

    [Fact]
    public void The_story_state_survives_closing_and_reopening_the_store()
    {
        // Given a committed update with two stories and their keys
        var (a, b, c) = StateArticles();
        var changes = SampleChanges(a, b, c);
        using (var store = Open())
        {
            using var update = store.BeginUpdate();
            update.PutMany([a, b, c]);
            update.Save(changes);
            update.Commit();
        }

        // When the store is opened again
        using var reopened = Open();
        using var read = reopened.BeginUpdate();

        // Then counters, frequencies, postings (in order) and every field of the stories read back
        Assert.Equal(changes.Totals, read.Totals);
        Assert.Equal((2, 1, 3, 0), (read.DocumentFrequency("harbour"), read.DocumentFrequency("e:Tern"), read.DocumentFrequency("ferries"), read.DocumentFrequency("none")));
        Assert.Equal([(2, "s-budget"), (0, "s-ferry")], read.Posting("harbour"));
        var ferry = read.Story(0)!;
        var saved = changes.Stories[0].State;
        Assert.Equal((saved.Id, saved.Sequence, saved.CentroidNorm, saved.DatedMembers, saved.MonthDatedMembers, saved.First, saved.Last, saved.Retired),
            (ferry.Id, ferry.Sequence, ferry.CentroidNorm, ferry.DatedMembers, ferry.MonthDatedMembers, ferry.First, ferry.Last, ferry.Retired));
        Assert.Equal(saved.Centroid, ferry.Centroid);
        Assert.Equal(saved.EventDates, ferry.EventDates);
        Assert.Equal([(a.Id, "Ferry aground", (string?)null), (b.Id, "Tern refloated", a.Id)], ferry.Members.Select(m => (m.Id, m.Title, m.CopyGroup)));
        Assert.Equal(0, read.StoryHolding(b.Id));
        Assert.Equal(2, read.StoryHolding(c.Id));
        Assert.True(read.StoryIdTaken("s-budget"));
        Assert.False(read.StoryIdTaken("s-other"));
        Assert.Equal([0, 2], read.Retiring(Day.AddDays(2)));
        Assert.Equal([2], read.Retiring(Day.AddHours(12)));
        Assert.Equal(["s-ferry", "s-budget"], reopened.Stories().Select(s => s.Id));
    }

    [Fact]
    public void An_update_not_committed_leaves_articles_stories_and_state_as_they_were()
    {
        // Given a store with one committed story
        var (a, b, c) = StateArticles();
        using var store = Open();
        using (var first = store.BeginUpdate())
        {
            first.PutMany([a, b, c]);
            first.Save(SampleChanges(a, b, c));
            first.Commit();
        }

        var before = store.Stories().Select(s => (s.Id, string.Join(",", s.ArticleIds))).ToList();

        // When an update stores an article, clears the stories and saves others, then ends without commit
        var d = StoreSamples.Plain("d.txt", "Another text.");
        using (var update = store.BeginUpdate())
        {
            update.PutMany([d]);
            update.ClearStories();
            update.Save(new StreamChanges(new StreamTotals(9, null, 9), new Dictionary<string, int> { ["harbour"] = 9 }, new Dictionary<string, IReadOnlyList<int>>(), [], []));
        }

        // Then nothing of it is kept
        Assert.Null(store.Get(d.Id));
        Assert.Equal(before, store.Stories().Select(s => (s.Id, string.Join(",", s.ArticleIds))));
        using var read = store.BeginUpdate();
        Assert.Equal(2, read.DocumentFrequency("harbour"));
        Assert.Equal(3, read.Totals.ArticlesSeen);
    }

    [Fact]
    public void Stories_removed_by_an_update_are_gone_and_others_are_updated_in_place()
    {
        var (a, b, c) = StateArticles();
        using var store = Open();
        var changes = SampleChanges(a, b, c);
        using (var first = store.BeginUpdate())
        {
            first.PutMany([a, b, c]);
            first.Save(changes);
            first.Commit();
        }

        // When the budget story takes the ferry's articles and the ferry story is removed
        var merged = changes.Stories[1] with
        {
            State = changes.Stories[1].State with { Members = [.. changes.Stories[1].State.Members, .. changes.Stories[0].State.Members] },
            View = changes.Stories[1].View with { ArticleIds = [c.Id, a.Id, b.Id] },
        };
        using (var second = store.BeginUpdate())
        {
            second.Save(changes with { Stories = [merged], Removed = ["s-ferry"] });
            second.Commit();
        }

        // Then one story is left, with all three articles, and the removed one holds nothing
        var left = Assert.Single(store.Stories());
        Assert.Equal("s-budget", left.Id);
        Assert.Equal([c.Id, a.Id, b.Id], left.ArticleIds);
        Assert.Equal(["s-budget"], store.StoriesWith([a.Id]).Select(s => s.Id));
        Assert.Equal(1, store.CountStories());
        using var read = store.BeginUpdate();
        Assert.Null(read.Story(0));
        Assert.Equal([(2, "s-budget")], read.Posting("harbour"));
    }

    [Fact]
    public void Replacing_stories_asks_the_next_update_to_rebuild()
    {
        using var store = Open();
        var a = StoreSamples.Plain("a.txt", "Alpha text.");
        store.Put(a);

        store.ReplaceStories([StoreSamples.Story("s", a)]);

        using var update = store.BeginUpdate();
        Assert.True(update.NeedsRebuild);
    }

    [Fact]
    public void Other_writes_are_refused_while_an_update_is_open()
    {
        using var store = Open();
        using var update = store.BeginUpdate();

        Assert.Throws<InvalidOperationException>(() => store.Put(StoreSamples.Plain("a.txt", "Alpha text.")));
    }
}
